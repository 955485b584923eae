/**
 * Uzbek (oʻzbekcha, Latin script). Machine-made: written by the development
 * assistant, not yet reviewed by a native speaker (see README, Languages).
 * Each message carries its English source above it, so a reviewer can read
 * the two side by side; tests/unit/i18n checks the comments stay the
 * English of today. Oʻ and gʻ are written with the turned comma (U+02BB) as
 * in CLDR, the tutuq belgisi with U+02BC. Country names are CLDR's
 * (Intl.DisplayNames), city names a list to review; calendar words are
 * CLDR's, for runtimes whose Intl lacks Uzbek (Chromium, Electron).
 */
import type { Locale } from '../locale';

const messages = {
  menu: {
    // Export Workbook (XLSX)…
    exportXlsx: 'Ishchi kitobni eksport qilish (XLSX)…',
    // Export Outcome Document (PDF)…
    exportReportPdf: 'Yakuniy hujjatni eksport qilish (PDF)…',
    // Export Outcome Document (DOCX)…
    exportReportDocx: 'Yakuniy hujjatni eksport qilish (DOCX)…',
    // Export Roadmap of Cooperation (PDF)…
    exportRoadmapPdf: 'Hamkorlik yoʻl xaritasini eksport qilish (PDF)…',
    // Export Roadmap of Cooperation (DOCX)…
    exportRoadmapDocx: 'Hamkorlik yoʻl xaritasini eksport qilish (DOCX)…',
    // Export Merge Summary (CSV)…
    exportMerges: 'Birlashtirishlar xulosasini eksport qilish (CSV)…',
    // File
    file: 'Fayl',
    // New Session…
    newSession: 'Yangi sessiya…',
    // Open Example…
    openExample: 'Namunani ochish…',
    // Import JSON…
    importJson: 'JSON import qilish…',
    // Export JSON…
    exportJson: 'JSON eksport qilish…',
    // Export CSV…
    exportCsv: 'CSV eksport qilish…',
    // Export Outcome Document (HTML)…
    exportReport: 'Yakuniy hujjatni eksport qilish (HTML)…',
    // Export Timing Report (CSV)…
    exportTiming: 'Vaqt hisobotini eksport qilish (CSV)…',
    // Edit
    edit: 'Tahrirlash',
    // Undo
    undo: 'Bekor qilish',
    // Redo
    redo: 'Qaytarish',
    // View
    view: 'Koʻrinish',
    // Open Projector Window
    openProjector: 'Proyektor oynasini ochish',
    // Close Projector Window
    closeProjector: 'Proyektor oynasini yopish',
    // Window
    window: 'Oyna',
    // Help
    help: 'Yordam',
    // Keyboard Shortcuts
    shortcuts: 'Tezkor tugmalar',
  },
  common: {
    // Cancel
    cancel: 'Bekor qilish',
    // Dismiss
    dismiss: 'Yopish',
    // Edit
    edit: 'Tahrirlash',
    // Delete
    delete: 'Oʻchirish',
    // Close
    close: 'Yopish',
    // Segment
    segment: 'Segment',
    // Speaker
    speaker: 'Maʼruzachi',
    // Status
    status: 'Holat',
    // Country
    country: 'Mamlakat',
    // Rapporteur
    rapporteur: 'Raportyor',
    // Not set
    notSet: 'Koʻrsatilmagan',
    // Next: {{name}}
    next: 'Keyingi: {{name}}',
    // HH:mm
    timeFormat: 'SS:DD',
    // YYYY-MM-DD
    dateFormat: 'YYYY-OO-KK',
  },
  duration: {
    // {{minutes}} min
    minutes: '{{minutes}} daq',
    // {{hours}} h
    hours: '{{hours}} soat',
    // {{hours}} h {{minutes}} min
    hoursMinutes: '{{hours}} soat {{minutes}} daq',
    // on time
    onTime: 'jadval boʻyicha',
    // a day or more
    dayOrMore: 'bir kun yoki koʻproq',
    // a day or more late
    dayOrMoreLate: 'bir kun yoki koʻproq kechikish',
    // a day or more early
    dayOrMoreEarly: 'bir kun yoki koʻproq erta',
  },
  app: {
    // Moderator Console
    name: 'Moderator pulti',
    // Loading the session…
    loading: 'Sessiya yuklanmoqda…',
    // Not saved:
    notSaved: 'Saqlanmadi:',
    // Connection lost: reconnecting to the session host…
    connectionLost: 'Aloqa uzildi: sessiya xostiga qayta ulanmoqda…',
    // Connecting to the session host…
    connecting: 'Sessiya xostiga ulanmoqda…',
    // This link is no longer valid: ask the technician for the new one
    linkInvalid: 'Bu havola endi yaroqsiz: texnikdan yangisini soʻrang',
  },
  view: {
    // Show
    label: 'Koʻrsatish',
    // All panels
    all: 'Barcha panellar',
    // Run of show
    runOfShow: 'Dastur',
    // Speaker timer
    timer: 'Maʼruzachi taymeri',
    // Recommendations
    recommendations: 'Tavsiyalar',
  },
  header: {
    // Clocks
    clocks: 'Soatlar',
    // {{place}} (venue)
    venueClock: '{{place}} (oʻtkaziladigan joy)',
    // No venue set
    noVenue: 'Oʻtkaziladigan joy koʻrsatilmagan',
    // Time notice
    timeNotice: 'Vaqt mintaqalari boʻyicha vaqt',
    // Time: {{notice}}
    time: 'Vaqt: {{notice}}',
  },
  toolbar: {
    // Session
    label: 'Sessiya',
    // Undo
    undo: 'Bekor qilish',
    // Redo
    redo: 'Qaytarish',
    // Event details
    eventDetails: 'Tadbir haqida',
    // New session
    newSession: 'Yangi sessiya',
    // Open example
    openExample: 'Namunani ochish',
    // Dark theme
    darkTheme: 'Tungi mavzu',
    // Language
    language: 'Til',
    // View only
    viewOnly: 'Faqat koʻrish',
    // This link can show the session but not change it.
    viewOnlyHint: 'Bu havola orqali sessiyani koʻrish mumkin, lekin oʻzgartirib boʻlmaydi.',
    // Rapporteur
    rapporteurOnly: 'Raportyor',
    // This link can capture and edit recommendations; the run-of-show and the timer are shown but not changed.
    rapporteurOnlyHint: 'Bu havola orqali tavsiyalarni yozish va tahrirlash mumkin; dastur va taymer koʻrsatiladi, lekin oʻzgartirilmaydi.',
    // Start a new blank session? The current one can be brought back with Undo.
    confirmNew: 'Yangi boʻsh sessiya boshlansinmi? Joriysini «Bekor qilish» bilan qaytarish mumkin.',
    // Open the example conference? The current session can be brought back with Undo.
    confirmExample: 'Konferensiya namunasi ochilsinmi? Joriy sessiyani «Bekor qilish» bilan qaytarish mumkin.',
  },
  event: {
    // Event title
    title: 'Tadbir nomi',
    // Venue
    venue: 'Oʻtkaziladigan joy',
    // Date
    date: 'Sana',
    // Day starts at
    dayStart: 'Kun boshlanishi',
    // Venue time zone
    timeZone: 'Oʻtkaziladigan joyning vaqt mintaqasi',
    // Format
    format: 'Format',
    // Organizers (one per line)
    organizers: 'Tashkilotchilar (har qatorda bittadan)',
    // Participants' zones (one per line: Place = IANA zone)
    zones: 'Ishtirokchilarning vaqt mintaqalari (har qatorda bittadan: Shahar = IANA mintaqasi)',
    // YYYY-MM-DD, for example 2027-03-28
    dateHint: 'YYYY-OO-KK, masalan 2027-03-28',
    // 24-hour clock, HH:mm, for example 09:30
    timeHint: '24 soatlik vaqt, SS:DD, masalan 09:30',
    // Save event
    save: 'Tadbirni saqlash',
  },
  eventFormat: {
    // in person
    'in-person': 'yuzma-yuz',
    // hybrid
    hybrid: 'gibrid',
    // online
    online: 'onlayn',
  },
  runOfShow: {
    // Run of show
    label: 'Dastur',
    // The event is dated {{date}}; today is {{today}} in {{zone}}. Planned and expected times are for the event date.
    otherDay: 'Tadbir sanasi {{date}}; bugun {{today}} ({{zone}}). Rejadagi va kutilayotgan vaqtlar tadbir sanasi uchun koʻrsatilgan.',
    // Move the event to today
    moveToToday: 'Tadbirni bugunga koʻchirish',
    // Live segment time
    liveTime: 'Joriy segment vaqti',
    // {{time}} over
    over: '{{time}} oshib ketdi',
    // {{time}} left
    left: '{{time}} qoldi',
    // Day summary
    summary: 'Kun xulosasi',
    // Live
    live: 'Hozir',
    // Nothing live
    nothingLive: 'Hech narsa davom etmayapti',
    // Day
    day: 'Kun',
    // On time
    onTime: 'Jadval boʻyicha',
    // Running {{duration}} late
    runningLate: '{{duration}} kechikmoqda',
    // Running {{duration}} early
    runningEarly: '{{duration}} oldinda',
    // Running a day or more late
    runningDayLate: 'Bir kun yoki koʻproq kechikmoqda',
    // Running a day or more early
    runningDayEarly: 'Bir kun yoki koʻproq oldinda',
    // against the plan published at {{time}}
    againstPublished: '{{time}} da eʼlon qilingan rejaga nisbatan',
    // Projected end
    projectedEnd: 'Kutilayotgan tugash vaqti',
    // published: {{time}}
    publishedEnd: 'eʼlon qilingan: {{time}}',
    // planned: {{time}}
    plannedEnd: 'reja boʻyicha: {{time}}',
    // the plan now ends at {{time}}: {{change}} against the published plan
    planChanged: 'reja endi {{time}} da tugaydi: eʼlon qilingan rejaga nisbatan {{change}}',
    // Publish the plan
    publish: 'Rejani eʼlon qilish',
    // Publish the plan again
    publishAgain: 'Rejani qayta eʼlon qilish',
    // Lateness is measured against the published plan. Publishing again accepts the changes made since.
    publishHint: 'Kechikish eʼlon qilingan rejadan hisoblanadi. Qayta eʼlon qilish shundan beri kiritilgan oʻzgarishlarni qabul qiladi.',
    // Fixed starts
    fixedStarts: 'Belgilangan boshlanishlar',
    // {{title}}: {{warning}}
    fixedStart: '{{title}}: {{warning}}',
    // {{count}} segment not yet run ({{duration}}) is not in the projected end: move it after the live segment, or skip it.
    notYetRun_one: 'Hali oʻtkazilmagan {{count}} ta segment ({{duration}}) kutilayotgan tugash vaqtiga kirmaydi: uni joriy segmentdan keyinga koʻchiring yoki oʻtkazib yuboring.',
    // {{count}} segments not yet run ({{duration}}) are not in the projected end: move them after the live segment, or skip them.
    notYetRun_other: 'Hali oʻtkazilmagan {{count}} ta segment ({{duration}}) kutilayotgan tugash vaqtiga kirmaydi: ularni joriy segmentdan keyinga koʻchiring yoki oʻtkazib yuboring.',
    // The day starts at the first of the two {{time}}s of that night (the clocks go back).
    dayStartTwice: 'Kun oʻsha tungi ikkita {{time}} ning birinchisida boshlanadi (soatlar orqaga suriladi).',
    // No parts yet. Add a part to start building the run-of-show.
    noParts: 'Hozircha qismlar yoʻq. Dasturni tuzishni boshlash uchun qism qoʻshing.',
    // New part title
    newPart: 'Yangi qism nomi',
    // Part III: …
    newPartPlaceholder: 'III qism: …',
    // Add part
    addPart: 'Qism qoʻshish',
  },
  part: {
    // Part title
    title: 'Qism nomi',
    // Save part
    save: 'Qismni saqlash',
    // Rename
    rename: 'Nomini oʻzgartirish',
    // Rename part {{title}}
    renameLabel: '{{title}} qismining nomini oʻzgartirish',
    // Move part {{title}} up
    upLabel: '{{title}} qismini yuqoriga surish',
    // Move part {{title}} down
    downLabel: '{{title}} qismini pastga surish',
    // Delete part {{title}}
    deleteLabel: '{{title}} qismini oʻchirish',
    // Delete part "{{title}}" and its {{count}} segment? Undo brings it back.
    confirmDelete_one: '«{{title}}» qismi va uning {{count}} ta segmenti oʻchirilsinmi? «Bekor qilish» uni qaytaradi.',
    // Delete part "{{title}}" and its {{count}} segments? Undo brings it back.
    confirmDelete_other: '«{{title}}» qismi va uning {{count}} ta segmenti oʻchirilsinmi? «Bekor qilish» uni qaytaradi.',
    // + Add segment
    addSegment: '+ Segment qoʻshish',
    // Add segment to {{title}}
    addSegmentLabel: '{{title}} qismiga segment qoʻshish',
  },
  segment: {
    // Drag to reorder (or Alt+Up / Alt+Down)
    dragHint: 'Tartibini oʻzgartirish uchun torting (yoki Alt+↑ / Alt+↓)',
    // Expected start
    expectedStart: 'Kutilayotgan boshlanish',
    // planned {{range}}
    planned: 'reja boʻyicha {{range}}',
    // fixed {{time}}
    fixed: 'aniq {{time}}',
    // fixed {{time}}, the first of the two that night (the clocks go back)
    fixedTwice: 'aniq {{time}}, oʻsha tungi ikkitaning birinchisi (soatlar orqaga suriladi)',
    // published {{range}}
    published: 'eʼlon qilingan {{range}}',
    // added after the plan was published
    addedSincePublished: 'reja eʼlon qilingandan keyin qoʻshilgan',
    // takes no time
    noTime: 'vaqt olmaydi',
    // actual {{range}}
    actual: 'amalda {{range}}',
    // now
    now: 'hozir',
    // expected end {{time}}
    expectedEnd: 'kutilayotgan tugash {{time}}',
    // {{count, number}} speaker
    speakers_one: '{{count, number}} ta maʼruzachi',
    // {{count, number}} speakers
    speakers_other: '{{count, number}} ta maʼruzachi',
    // Go live
    goLive: 'Boshlash',
    // Mark done
    markDone: 'Yakunlash',
    // Skip
    skip: 'Oʻtkazib yuborish',
    // Reset
    reset: 'Rejaga qaytarish',
    // Move up
    moveUp: 'Yuqoriga',
    // Move down
    moveDown: 'Pastga',
    // Delete "{{title}}"? Undo brings it back.
    confirmDelete: '«{{title}}» oʻchirilsinmi? «Bekor qilish» uni qaytaradi.',
    // Title
    title: 'Nomi',
    // Kind
    kind: 'Turi',
    // Planned minutes
    plannedMinutes: 'Rejadagi davomiylik, daq',
    // Hard start (optional)
    hardStart: 'Belgilangan boshlanish (ixtiyoriy)',
    // 24-hour clock, HH:mm, for example 14:30
    timeHint: '24 soatlik vaqt, SS:DD, masalan 14:30',
    // Warning phase (seconds left)
    warningSeconds: 'Ogohlantirish davri (oxirigacha soniya)',
    // Final phase (seconds left)
    finalSeconds: 'Soʻnggi soniyalar (oxirigacha soniya)',
    // Chair or moderator
    chair: 'Rais yoki moderator',
    // Notes
    notes: 'Izohlar',
    // New segment
    newSegment: 'Yangi segment',
    // Add segment
    add: 'Segment qoʻshish',
    // Edit segment {{title}}
    editLabel: '{{title}} segmentini tahrirlash',
    // Save segment
    save: 'Segmentni saqlash',
    // Speakers
    speakersHeading: 'Maʼruzachilar',
  },
  segmentStatus: {
    // Planned
    planned: 'Rejada',
    // Live
    live: 'Davom etmoqda',
    // Done
    done: 'Yakunlandi',
    // Skipped
    skipped: 'Oʻtkazib yuborildi',
    // Not yet run
    notYetRun: 'Hali oʻtkazilmagan',
  },
  fixedStart: {
    // the plan starts it at {{planned}}, {{miss}} after its fixed {{fixed}}
    planMisses: 'reja boʻyicha {{planned}} da boshlanadi, belgilangan {{fixed}} dan {{miss}} kech',
    // expected at {{expected}}, {{miss}} after its fixed {{fixed}}
    willMiss: '{{expected}} da kutilmoqda, belgilangan {{fixed}} dan {{miss}} kech',
    // {{left}} left of the {{slack}} of slack before its fixed {{fixed}}
    slackEaten: 'belgilangan {{fixed}} gacha boʻlgan {{slack}} zaxiradan {{left}} qoldi',
  },
  offDay: {
    // Go live on another day than the event’s?
    title: 'Tadbir sanasidan boshqa kunda boshlansinmi?',
    // The event is dated {{date}}; today is {{today}} in {{zone}}.
    text: 'Tadbir sanasi {{date}}; bugun {{today}} ({{zone}}).',
    // Move the event to today
    move: 'Tadbirni bugunga koʻchirish',
    // Keeps the times of day: the agenda runs today.
    moveHint: 'Kun vaqtlari saqlanadi: dastur bugun oʻtadi.',
    // Run against the event date
    keep: 'Tadbir sanasi boʻyicha olib borish',
    // Keeps the date: times on other days show their dates. Not asked again today.
    keepHint: 'Sana saqlanadi: boshqa kunlardagi vaqtlar sanasi bilan koʻrsatiladi. Bugun qayta soʻralmaydi.',
  },
  segmentKind: {
    // opening
    opening: 'ochilish',
    // keynote
    keynote: 'asosiy maʼruza',
    // panel
    panel: 'panel muhokamasi',
    // debate
    debate: 'munozara',
    // presentation
    presentation: 'taqdimot',
    // break
    break: 'tanaffus',
    // session
    session: 'sessiya',
    // closing
    closing: 'yopilish',
    // other
    other: 'boshqa',
  },
  speaker: {
    // Name or role
    name: 'Ismi yoki roli',
    // Organization
    organization: 'Tashkilot',
    // Attendance
    attendance: 'Ishtiroki',
    // Allotted minutes
    allotted: 'Ajratilgan daqiqalar',
    // Edit speaker {{name}}
    editLabel: '{{name}} maʼruzachini tahrirlash',
    // Save speaker
    save: 'Maʼruzachini saqlash',
    // Edit speaker
    edit: 'Maʼruzachini tahrirlash',
    // Up
    up: 'Yuqoriga',
    // Down
    down: 'Pastga',
    // Remove speaker
    remove: 'Maʼruzachini olib tashlash',
    // New speaker
    newSpeaker: 'Yangi maʼruzachi',
    // Add speaker
    add: 'Maʼruzachi qoʻshish',
  },
  attendance: {
    // in the room
    'in-room': 'zalda',
    // remote
    remote: 'masofadan',
  },
  country: {
    // Kazakhstan
    KZ: 'Qozogʻiston',
    // Kyrgyzstan
    KG: 'Qirgʻiziston',
    // Tajikistan
    TJ: 'Tojikiston',
    // Turkmenistan
    TM: 'Turkmaniston',
    // Uzbekistan
    UZ: 'Oʻzbekiston',
    // International
    INT: 'Xalqaro tashkilotlar',
    // Other
    OTHER: 'Boshqalar',
  },
  city: {
    // Almaty
    Almaty: 'Olmaota',
    // Astana
    Astana: 'Astana',
    // Bishkek
    Bishkek: 'Bishkek',
    // Dushanbe
    Dushanbe: 'Dushanbe',
    // Ashgabat
    Ashgabat: 'Ashxobod',
    // Tashkent
    Tashkent: 'Toshkent',
  },
  timer: {
    // Speaker timer
    heading: 'Maʼruzachi taymeri',
    // Shortcuts (?)
    shortcuts: 'Tugmalar (?)',
    // No speaker selected
    noSpeaker: 'Maʼruzachi tanlanmagan',
    // Speaker time
    speakerTime: 'Maʼruzachi vaqti',
    // Timer controls
    controls: 'Taymerni boshqarish',
    // Start
    start: 'Boshlash',
    // Pause
    pause: 'Pauza',
    // Reset
    reset: 'Qayta boshlash',
    // Previous speaker
    previous: 'Oldingi maʼruzachi',
    // Next speaker
    next: 'Keyingi maʼruzachi',
    // Adjust time
    adjust: 'Vaqtni tuzatish',
    // -1 min
    minusMinute: '-1 daq',
    // -30 s
    minusHalf: '-30 s',
    // +30 s
    plusHalf: '+30 s',
    // +1 min
    plusMinute: '+1 daq',
    // Set time left (min or min:s)
    setLabel: 'Qolgan vaqt (daq yoki daq:s)',
    // Set time
    set: 'Vaqtni belgilash',
    // Enter minutes, or minutes:seconds (for example 3 or 2:30)
    setError: 'Daqiqalarni yoki daqiqa:soniyani kiriting (masalan 3 yoki 2:30)',
    // Unplanned intervention by
    interventionBy: 'Rejadan tashqari soʻzga chiquvchi',
    // Delegate of …
    interventionPlaceholder: '… delegati',
    // Time intervention
    intervention: 'Chiqish vaqtini oʻlchash',
    // Choose a segment…
    chooseSegment: 'Segmentni tanlang…',
    // Speaker queue
    queue: 'Maʼruzachilar navbati',
    // Now: 
    now: 'Hozir: ',
    // Next: 
    nextInQueue: 'Keyingi: ',
    // Make current
    makeCurrent: 'Joriy qilish',
    // Make current: {{name}}
    makeCurrentLabel: 'Joriy qilish: {{name}}',
    // Speaking time by country
    balance: 'Mamlakatlar boʻyicha soʻzga chiqish vaqti',
    // Projection
    projection: 'Proyeksiya',
    // Venue network
    network: 'Oʻtkaziladigan joy tarmogʻi',
    // {{time}} left in the segment
    segmentLeft: 'segment oxirigacha {{time}}',
    // segment {{time}} over
    segmentOver: 'segment {{time}} oshib ketdi',
    // segment ran {{ran}} (planned {{planned}})
    segmentRan: 'segment {{ran}} davom etdi (reja boʻyicha {{planned}})',
    // segment not started (planned {{planned}})
    segmentNotStarted: 'segment boshlanmagan (reja boʻyicha {{planned}})',
    // Back at {{time}}
    backAt: '{{time}} da davom etamiz',
    // Count down to a time of day (HH:mm)
    countdownToLabel: 'Kun vaqtigacha teskari sanash (SS:DD)',
    // Count down
    countdownTo: 'Teskari sanash',
    startBlocked: {
      // Nothing to time yet: choose a segment below, or put one live in the run-of-show.
      noSegment: 'Hozircha oʻlchanadigan narsa yoʻq: pastda segment tanlang yoki dasturda segmentni boshlang.',
      // The timer’s segment is no longer in the run-of-show: choose a segment below.
      segmentGone: 'Taymer segmenti endi dasturda yoʻq: pastda segment tanlang.',
      // The current speaker is no longer in the segment: choose a speaker in the queue below.
      speakerGone: 'Joriy maʼruzachi endi segmentda yoʻq: pastdagi navbatdan maʼruzachi tanlang.',
    },
    // Operator keys
    operatorKeys: 'Operator tugmalari',
    // N, P, B and R (next, previous, blackout, reset) act at once while the timer has the keyboard.
    operatorKeysHint: 'N, P, B va R (keyingi, oldingi, qorongʻilatish, qayta boshlash) klaviatura taymerda boʻlganda darhol ishlaydi.',
  },
  message: {
    // Message to the speaker
    legend: 'Maʼruzachiga xabar',
    // Showing:
    showing: 'Ekranda:',
    // (flashing)
    flashing: '(miltillaydi)',
    // Clear message
    clear: 'Xabarni olib tashlash',
    // Message text
    text: 'Xabar matni',
    // Send message
    send: 'Xabar yuborish',
    // Flash the message
    flash: 'Xabarni miltillatish',
    // Blackout
    blackout: 'Qorongʻilatish',
    // Clock of day
    clockOfDay: 'Kun soati',
    // Auto-advance to the next speaker at zero
    autoAdvance: 'Nolda keyingi maʼruzachiga avtomatik oʻtish',
    // Chime at warning and zero (on the projector)
    chime: 'Ogohlantirishda va nolda ovozli signal (proyektorda)',
    presets: {
      // Please conclude
      conclude: 'Iltimos, yakunlang',
      // 1 minute
      oneMinute: '1 daqiqa',
      // Time is up
      timeUp: 'Vaqt tugadi',
      // Please speak closer to the microphone
      microphone: 'Iltimos, mikrofonga yaqinroq gapiring',
    },
  },
  phase: {
    // Ready
    idle: 'Tayyor',
    // Paused
    paused: 'Pauza',
    // Speaking
    normal: 'Soʻzlamoqda',
    // Time nearly up
    warning: 'Vaqt tugayapti',
    // Final seconds
    final: 'Soʻnggi soniyalar',
    // Overtime
    overtime: 'Vaqtdan oshdi',
  },
  balance: {
    // Speaking time by country (day)
    caption: 'Mamlakatlar boʻyicha soʻzga chiqish vaqti (kun)',
    // Spoken
    spoken: 'Soʻzladi',
    // Allotted
    allotted: 'Ajratildi',
    // Share of allotted
    share: 'Ajratilgandan ulushi',
    // {{country}}: {{percent, number}}% of allotted
    shareOf: '{{country}}: ajratilganning {{percent, number}}%',
    // Download timing report (CSV)
    download: 'Vaqt hisobotini yuklab olish (CSV)',
  },
  shortcuts: {
    // Keyboard shortcuts
    title: 'Tezkor tugmalar',
    // Keys act where you are. The timer’s single keys work only while the Speaker timer has the keyboard (click in it or Tab into it), never in a text field; there Space starts or pauses, and Enter presses the focused button.
    intro: 'Tugmalar siz ishlayotgan joyda ishlaydi. Taymerning yakka tugmalari faqat klaviatura «Maʼruzachi taymeri»da boʻlganda ishlaydi (uning ichiga bosing yoki Tab bilan oʻting), matn maydonida hech qachon; u yerda Space taymerni boshlaydi yoki toʻxtatadi, Enter esa tanlangan tugmani bosadi.',
    // Key
    key: 'Tugma',
    // Action
    action: 'Amal',
    // Where
    where: 'Qayerda',
    // with Operator keys on
    withOperatorKeys: 'operator tugmalari yoqilganda',
    // Space
    space: 'Boʻsh joy',
    actions: {
      // Start / pause the speaker timer
      startPause: 'Maʼruzachi taymerini boshlash / toʻxtatish',
      // Next speaker
      next: 'Keyingi maʼruzachi',
      // Previous speaker
      previous: 'Oldingi maʼruzachi',
      // Add / remove one minute
      minute: 'Bir daqiqa qoʻshish / ayirish',
      // Add / remove 30 seconds
      halfMinute: '30 soniya qoʻshish / ayirish',
      // Blackout on / off
      blackout: 'Qorongʻilatishni yoqish / oʻchirish',
      // Reset the speaker’s time
      reset: 'Maʼruzachi vaqtini qayta boshlash',
      // Undo
      undo: 'Bekor qilish',
      // Redo
      redo: 'Qaytarish',
      // Move the focused segment up / down
      moveSegment: 'Tanlangan segmentni yuqoriga / pastga surish',
      // Show this help
      help: 'Ushbu yordamni koʻrsatish',
    },
    areas: {
      // Speaker timer
      timer: 'Maʼruzachi taymeri',
      // Run of show (its own edits)
      runOfShow: 'Dastur (oʻz tahrirlari)',
      // Recommendations (your own changes)
      recommendations: 'Tavsiyalar (oʻz oʻzgarishlaringiz)',
      // Anywhere but a text field
      anywhere: 'Matn maydonidan boshqa istalgan joyda',
    },
  },
  history: {
    // Go live
    goLive: 'Boshlash',
    // Mark done
    markDone: 'Yakunlash',
    // Skip
    skip: 'Oʻtkazib yuborish',
    // Reset
    resetSegment: 'Rejaga qaytarish',
    // Publish the plan
    publishPlan: 'Rejani eʼlon qilish',
    // Import agenda
    importPlan: 'Dasturni import qilish',
    // Edit segment
    editSegment: 'Segmentni tahrirlash',
    // Add segment
    addSegment: 'Segment qoʻshish',
    // Delete segment
    deleteSegment: 'Segmentni oʻchirish',
    // Move segment
    moveSegment: 'Segmentni surish',
    // Add part
    addPart: 'Qism qoʻshish',
    // Rename part
    renamePart: 'Qism nomini oʻzgartirish',
    // Delete part
    deletePart: 'Qismni oʻchirish',
    // Move part
    movePart: 'Qismni surish',
    // Add speaker
    addSpeaker: 'Maʼruzachi qoʻshish',
    // Edit speaker
    editSpeaker: 'Maʼruzachini tahrirlash',
    // Remove speaker
    removeSpeaker: 'Maʼruzachini olib tashlash',
    // Move speaker
    moveSpeaker: 'Maʼruzachini surish',
    // Event details
    editEvent: 'Tadbir haqida',
    // New session
    newSession: 'Yangi sessiya',
    // Open example
    openExample: 'Namunani ochish',
    // Add recommendation
    addRecommendation: 'Tavsiya qoʻshish',
    // Edit
    editRecommendation: 'Tahrirlash',
    // Merge
    mergeRecommendation: 'Birlashtirish',
    // Import
    importRecommendations: 'Import',
    // Resolve conflict
    resolveConflict: 'Ziddiyatni hal qilish',
  },
  projector: {
    // Display
    display: 'Ekran',
    // Automatic (the last one used, else an external display)
    automatic: 'Avtomatik (oxirgi ishlatilgan, aks holda tashqi ekran)',
    // , main
    main: ', asosiy',
    // Open projector
    open: 'Proyektorni ochish',
    // Close projector
    close: 'Proyektorni yopish',
    // Open projector view
    openView: 'Proyektor koʻrinishini ochish',
    // Open stage view
    openStage: 'Sahna koʻrinishini ochish',
    // Projector
    projector: 'Proyektor',
    // Stage view
    stage: 'Sahna koʻrinishi',
    // Time remaining
    timeRemaining: 'Qolgan vaqt',
    // Connection lost — reconnecting…
    connectionLost: 'Aloqa uzildi — qayta ulanmoqda…',
    // Connecting…
    connecting: 'Ulanmoqda…',
    // Offline: counting on from the last known time
    offline: 'Aloqa yoʻq: oxirgi maʼlum vaqtdan sanash davom etmoqda',
    // Projector speaks
    language: 'Proyektor tili',
    // Stage speaks
    stageLanguage: 'Sahna tili',
    // As the console
    sameAsConsole: 'Pultdagidek',
  },
  recovery: {
    // Recovery notes
    label: 'Tiklash qaydlari',
    // The session was recovered
    recovered: 'Sessiya tiklandi',
    // The session could not be recovered
    unrecoverable: 'Sessiyani tiklab boʻlmadi',
    // The session was converted to the new file format
    migrated: 'Sessiya yangi fayl formatiga oʻtkazildi',
    // A backup was restored
    restored: 'Zaxira nusxa tiklandi',
    // A saved change was left out
    'left-out': 'Saqlangan bitta oʻzgarish chiqarib tashlandi',
    // I have read this
    acknowledge: 'Men buni oʻqidim',
    // Could not mark it as read: {{message}}
    failed: 'Oʻqilgan deb belgilab boʻlmadi: {{message}}',
  },
  storage: {
    // Not saved: the disk is full. Changes are refused until there is free space again; everything saved before is safe.
    'disk-full': 'Saqlanmadi: disk toʻla. Boʻsh joy paydo boʻlguncha oʻzgarishlar qabul qilinmaydi; oldin saqlangan hamma narsa xavfsiz.',
    // Not saved: the session folder is read-only. Changes are refused until it can be written again; everything saved before is safe.
    'read-only': 'Saqlanmadi: sessiya jildi faqat oʻqish uchun. Unga yana yozish mumkin boʻlguncha oʻzgarishlar qabul qilinmaydi; oldin saqlangan hamma narsa xavfsiz.',
    // Not saved: the disk reported an error. Changes are refused until it works again; everything saved before is safe.
    io: 'Saqlanmadi: disk xato haqida xabar berdi. U yana ishlaguncha oʻzgarishlar qabul qilinmaydi; oldin saqlangan hamma narsa xavfsiz.',
    // Not saved: the session file is damaged. Restart Moderator Console to recover it from its backups; everything saved before is safe.
    damaged: 'Saqlanmadi: sessiya fayli shikastlangan. Uni zaxira nusxalardan tiklash uchun Moderator Consoleʼni qayta ishga tushiring; oldin saqlangan hamma narsa xavfsiz.',
    // Since {{time}}.
    since: '{{time}} dan beri.',
  },
  backups: {
    // Backups
    open: 'Zaxira nusxalar',
    // Backups
    title: 'Zaxira nusxalar',
    // Taken every 5 minutes while the session changes and when it closes; the last 10 and one a day are kept, in the backups folder of the session.
    intro: 'Sessiya oʻzgarganda har 5 daqiqada va u yopilganda olinadi; oxirgi 10 tasi va kuniga bittasi sessiyaning backups jildida saqlanadi.',
    // Take a backup now
    take: 'Hozir zaxira nusxa olish',
    // Backup taken: {{time}}.
    taken: 'Zaxira nusxa olindi: {{time}}.',
    // No backups yet.
    none: 'Hozircha zaxira nusxalar yoʻq.',
    // Backups, newest first
    list: 'Zaxira nusxalar, eng yangisi boshida',
    // automatic
    interval: 'avtomatik',
    // at close
    quit: 'yopilganda',
    // taken by hand
    manual: 'qoʻlda olingan',
    // {{time}}, {{reason}}, up to change {{seq}}, {{size}}
    item: '{{time}}, {{reason}}, {{seq}}-oʻzgarishgacha, {{size}}',
    // Restore
    restore: 'Tiklash',
    // Restore the backup of {{time}}
    restoreNamed: '{{time}} zaxira nusxasini tiklash',
    // Replace the session with the backup of {{time}}? Every console and view will show it at once. The session as it is now is kept in the kept folder of the session, and can be brought back only from there or from a later backup.
    confirmRestore: 'Sessiya {{time}} zaxira nusxasi bilan almashtirilsinmi? Har bir konsol va koʻrinish uni darhol koʻrsatadi. Hozirgi sessiya sessiyaning kept jildida saqlanadi va uni faqat u yerdan yoki keyingi zaxira nusxadan qaytarish mumkin.',
    // The backup of {{time}} was restored.
    restored: '{{time}} zaxira nusxasi tiklandi.',
  },
  lan: {
    // Projector (read-only)
    projector: 'Proyektor (faqat koʻrish)',
    // Stage view (read-only)
    stage: 'Sahna koʻrinishi (faqat koʻrish)',
    // Control (run-of-show and timer)
    control: 'Boshqaruv (dastur va taymer)',
    // Rapporteur (recommendations, on a second laptop)
    rapporteur: 'Raportyor (tavsiyalar, ikkinchi noutbukda)',
    // Control on a phone
    phone: 'Telefondan boshqarish',
    // Network views
    toggle: 'Tarmoq koʻrinishlari',
    // On: browsers on the venue network can connect with a token.
    on: 'Yoqilgan: oʻtkaziladigan joy tarmogʻidagi brauzerlar token orqali ulana oladi.',
    // Off: only this computer can connect.
    off: 'Oʻchirilgan: faqat shu kompyuter ulana oladi.',
    // No network interface found; only this computer can connect.
    noInterface: 'Tarmoq interfeysi topilmadi; faqat shu kompyuter ulana oladi.',
    // Rotate tokens
    rotate: 'Tokenlarni almashtirish',
    // Network views are managed on the technician's console.
    elsewhere: 'Tarmoq koʻrinishlari texnik pultida boshqariladi.',
  },
  control: {
    // Speaker timer control
    label: 'Maʼruzachi taymerini boshqarish',
    // No segment is live
    nothingLive: 'Hech qaysi segment davom etmayapti',
    // Ready-made messages
    presets: 'Tayyor xabarlar',
  },
  osc: {
    // Show control (OSC)
    legend: 'Shouni boshqarish (OSC)',
    // UDP port
    port: 'UDP porti',
    // Desks allowed to send (IP addresses)
    senders: 'Yuborishga ruxsat berilgan pultlar (IP manzillar)',
    // OSC on
    toggle: 'OSC yoqilgan',
    // Listening on UDP port {{port}}.
    on: 'UDP {{port}} porti tinglanmoqda.',
    // Off: nothing listens for OSC.
    off: 'Oʻchirilgan: OSC qabul qilinmaydi.',
  },
  rec: {
    // Recommendations
    heading: 'Tavsiyalar',
    // Rapporteur name
    rapporteurName: 'Raportyor ismi',
    // Recommendation changes
    changes: 'Tavsiyalardagi oʻzgarishlar',
    // Revert last change
    revert: 'Oxirgi oʻzgarishni bekor qilish',
    // Reapply change
    reapply: 'Oʻzgarishni qayta qoʻllash',
    // Saved: {{text}}
    saved: 'Saqlandi: {{text}}',
    // Quick capture
    quickCapture: 'Tez yozish',
    // New recommendation
    new: 'Yangi tavsiya',
    // Type as it is spoken; Enter saves, Shift+Enter starts a new line
    newPlaceholder: 'Aytilishi bilan yozing; Enter saqlaydi, Shift+Enter yangi qator boshlaydi',
    // Add recommendation
    add: 'Tavsiya qoʻshish',
    // Follow the live segment
    followLive: 'Joriy segmentga ergashish',
    // Not attached to a segment
    notAttached: 'Segmentga bogʻlanmagan',
    // ● {{title}} (live)
    liveSegment: '● {{title}} (davom etmoqda)',
    // {{title}} (another session)
    otherSession: '{{title}} (boshqa sessiya)',
    // A segment no longer in the run-of-show
    segmentGone: 'Endi dasturda yoʻq segment',
    // No speaker
    noSpeaker: 'Maʼruzachisiz',
    // A speaker no longer in the run-of-show
    speakerGone: 'Endi dasturda yoʻq maʼruzachi',
    // Edit recommendation {{label}}
    editLabel: '{{label}} tavsiyasini tahrirlash',
    // Recommendation text
    text: 'Tavsiya matni',
    // Short title
    shortTitle: 'Qisqa nomi',
    // Priority
    priority: 'Ustuvorlik',
    // Merged into: {{label}}
    mergedInto: 'Birlashtirildi: {{label}}',
    // a recommendation not in this record
    mergedElsewhere: 'bu yozuvda yoʻq tavsiya',
    // WPS pillar
    pillar: 'AThX yoʻnalishi',
    // Expected outcome
    outcome: 'Kutilayotgan natija',
    // Conference objective
    objective: 'Konferensiya maqsadi',
    // Countries concerned
    countries: 'Tegishli mamlakatlar',
    // Addressed to
    addressees: 'Kimga qaratilgan',
    // Tags (comma-separated)
    tags: 'Teglar (vergul bilan)',
    // Done
    done: 'Tayyor',
    // Created {{time}}
    created: '{{time}} da yaratilgan',
    // , last changed {{time}}
    changed: ', oxirgi oʻzgarish {{time}}',
    // Possible duplicate of:
    duplicateOf: 'Takrori boʻlishi mumkin:',
    // ({{percent, number}}% alike)
    alike: '({{percent, number}}% oʻxshash)',
    // Merge this recommendation into “{{label}}”
    mergeLabel: 'Bu tavsiyani «{{label}}» tavsiyasiga birlashtirish',
    // Merge into it
    merge: 'Unga birlashtirish',
    // {{priority}} priority
    priorityOf: '{{priority}} ustuvorlik',
    // {{count, number}} recommendation
    count_one: '{{count, number}} ta tavsiya',
    // {{count, number}} recommendations
    count_other: '{{count, number}} ta tavsiya',
    // {{found, number}} of {{total, number}} recommendations match
    matching: '{{total, number}} ta tavsiyadan {{found, number}} tasi mos keladi',
    //  · showing {{first}}–{{last}}
    showing: ' · {{first}}–{{last}} koʻrsatilmoqda',
    // No pillar yet
    noPillar: 'Hali yoʻnalish yoʻq',
    // Pages of recommendations
    pages: 'Tavsiyalar sahifalari',
    // Previous page
    previousPage: 'Oldingi sahifa',
    // Next page
    nextPage: 'Keyingi sahifa',
    // Page {{page}} of {{pages}}
    page: '{{pages}} sahifadan {{page}}-sahifa',
  },
  find: {
    // Find recommendations
    label: 'Tavsiyalarni topish',
    // Search recommendations
    search: 'Tavsiyalardan qidirish',
    // Pillar
    pillar: 'Yoʻnalish',
    // Any pillar
    anyPillar: 'Istalgan yoʻnalish',
    // Any status
    anyStatus: 'Istalgan holat',
    // Any country
    anyCountry: 'Istalgan mamlakat',
    // Any segment
    anySegment: 'Istalgan segment',
    // Not attached
    notAttached: 'Bogʻlanmagan',
    // Any rapporteur
    anyRapporteur: 'Istalgan raportyor',
    // Sort
    sort: 'Saralash',
    // Group by
    groupBy: 'Guruhlash',
  },
  sort: {
    // Newest first
    newest: 'Avval yangilari',
    // Oldest first
    oldest: 'Avval eskilari',
    // Recently edited
    updated: 'Yaqinda tahrirlanganlar',
    // Priority
    priority: 'Ustuvorlik',
    // Title
    title: 'Nomi',
  },
  grouping: {
    // No grouping
    none: 'Guruhlamasdan',
    // WPS pillar
    pillar: 'AThX yoʻnalishi',
    // Segment
    segment: 'Segment',
  },
  agendaFiles: {
    // Agenda files
    group: 'Dastur fayllari',
    // Import agenda (XLSX, CSV)…
    import: 'Dasturni import qilish (XLSX, CSV)…',
    // Agenda template (CSV)
    template: 'Dastur namunasi (CSV)',
    // Programme (PDF)
    exportPdf: 'Dastur (PDF)',
    // Agenda (XLSX)
    exportXlsx: 'Dastur (XLSX)',
    // Calendar (.ics)
    exportIcs: 'Taqvim (.ics)',
    // Import the agenda from {{source}}
    previewTitle: 'Dasturni {{source}} faylidan import qilish',
    // Nothing changes until you press Import. The import is one step: Undo takes it back.
    previewIntro: '«Import qilish» tugmasini bosmaguningizcha hech narsa o‘zgarmaydi. Import — bitta qadam: «Bekor qilish» hammasini qaytaradi.',
    // Parts to create: {{parts}}. Segments to create: {{segments}}.
    toCreate: 'Yaratiladigan qismlar: {{parts}}. Yaratiladigan segmentlar: {{segments}}.',
    // The current run-of-show
    mode: 'Joriy dastur',
    // Replace it with the imported agenda
    replace: 'Uni import qilingan dastur bilan almashtirish',
    // Keep it and add the imported agenda after it
    append: 'Uni saqlab, import qilingan dasturni oxiriga qo‘shish',
    // The day will start at {{time}} (now {{now}}), the first segment’s fixed start.
    dayStartMoves: 'Kun {{time}} da boshlanadi (hozir {{now}}) — birinchi segmentning belgilangan boshlanishi.',
    // What will be created
    rows: 'Nima yaratiladi',
    // Problems found
    issues: 'Topilgan xatolar',
    // No problems found.
    noIssues: 'Xato topilmadi.',
    // Fix these problems in the file and import it again. Nothing has changed.
    blocked: 'Fayldagi bu xatolarni tuzatib, uni qayta import qiling. Hech narsa o‘zgarmadi.',
    // Error
    error: 'Xato',
    // Warning
    warning: 'Ogohlantirish',
    // Row {{row}}, column {{column}}: {{message}}
    issueAt: '{{row}}-qator, {{column}} ustuni: {{message}}',
    // Row {{row}}: {{message}}
    issueAtRow: '{{row}}-qator: {{message}}',
    // The file: {{message}}
    issueFile: 'Fayl: {{message}}',
    // Import
    confirm: 'Import qilish',
    // Row
    row: 'Qator',
    // Part
    part: 'Qism',
    // Title
    title: 'Nomi',
    // Kind
    kind: 'Turi',
    // Duration
    duration: 'Davomiyligi',
    // Fixed start
    fixedStart: 'Belgilangan boshlanish',
    // Moderator
    moderator: 'Moderator',
    // Speakers
    speakers: 'Ma’ruzachilar',
    // {{name}} ({{country}}, {{minutes}} min)
    speakerLine: '{{name}} ({{country}}, {{minutes}} daq)',
    // has a problem
    rowHasError: 'xatosi bor',
    // Imported {{source}}: {{segments}} segments. Undo takes the import back.
    imported: '{{source}} import qilindi: {{segments}} ta segment. «Bekor qilish» importni qaytaradi.',
    // Nothing was imported: {{where}}: {{message}}
    failed: 'Hech narsa import qilinmadi: {{where}}: {{message}}',
    // Saved {{fileName}}
    saved: 'Saqlandi: {{fileName}}',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Eksport bajarilmadi: {{where}}: {{message}}',
    // Not done: {{message}}
    notDone: 'Bajarilmadi: {{message}}',
    doc: {
      // Programme
      programme: 'Dastur',
      // Time ({{place}})
      time: 'Vaqt ({{place}})',
      // Local times
      localTimes: 'Mahalliy vaqt',
      // Moderator: {{name}}
      moderator: 'Moderator: {{name}}',
      // Speakers: {{names}}
      speakers: 'Ma’ruzachilar: {{names}}',
      // fixed start
      fixedStart: 'belgilangan boshlanish',
      // {{minutes}} min
      minutes: '{{minutes}} daq',
      // Planned times. Made by Moderator Console on {{date}}.
      made: 'Rejalashtirilgan vaqt. Moderator Console yordamida {{date}} tayyorlandi.',
      // Part: {{part}}
      calendarDescription: 'Qism: {{part}}',
    },
  },
  files: {
    // Publish
    publish: 'Nashr qilish',
    // File to export
    format: 'Eksport qilinadigan fayl',
    // Export
    export: 'Eksport qilish',
    // With an annex of the not-agreed recommendations
    annex: 'Kelishilmagan tavsiyalar ilovasi bilan',
    formats: {
      // Outcome document (PDF)
      'report-pdf': 'Yakuniy hujjat (PDF)',
      // Outcome document (DOCX, to edit)
      'report-docx': 'Yakuniy hujjat (DOCX, tahrirlash uchun)',
      // Outcome document (HTML)
      report: 'Yakuniy hujjat (HTML)',
      // Roadmap of Cooperation (PDF)
      'roadmap-pdf': 'Hamkorlik yoʻl xaritasi (PDF)',
      // Roadmap of Cooperation (DOCX, to edit)
      'roadmap-docx': 'Hamkorlik yoʻl xaritasi (DOCX, tahrirlash uchun)',
      // Workbook: recommendations, roadmap, timing (XLSX)
      xlsx: 'Ishchi kitob: tavsiyalar, yoʻl xaritasi, vaqt hisobi (XLSX)',
      // Recommendations (CSV, for tools)
      csv: 'Tavsiyalar (CSV, dasturlar uchun)',
      // Merge summary (CSV)
      merges: 'Birlashtirishlar xulosasi (CSV)',
    },
    // Export and import
    group: 'Eksport va import',
    // Export JSON
    exportJson: 'JSON eksport qilish',
    // Import JSON
    importJson: 'JSON import qilish',
    // Saved {{fileName}}
    saved: '{{fileName}} saqlandi',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Eksport bajarilmadi: {{where}}: {{message}}',
    // Nothing was imported: {{where}}: {{message}}
    importFailed: 'Hech narsa import qilinmadi: {{where}}: {{message}}',
    // Imported {{source}}: {{added}} new, {{updated}} updated, {{unchanged}} unchanged, {{conflicts}}
    imported: '{{source}} import qilindi: {{added}} ta yangi, {{updated}} ta yangilandi, {{unchanged}} ta oʻzgarishsiz, {{conflicts}}',
    // Not done: {{message}}
    notDone: 'Bajarilmadi: {{message}}',
  },
  conflict: {
    // Field
    field: 'Maydon',
    // Before (both had)
    base: 'Avvalgi (ikkala tomonda boʻlgan)',
    // Choice
    choice: 'Tanlov',
    // Keep ours
    keep: 'Biznikini qoldirish',
    // Take theirs
    take: 'Ularnikini olish',
    // Write anew
    write: 'Qaytadan yozish',
    // {{field}}: new text
    newText: '{{field}}: yangi matn',
    // {{field}}: which version
    choose: '{{field}}: qaysi versiya',
    // changed on both sides
    bothChanged: 'ikkala tomonda ham oʻzgartirilgan',
    // The version both sides had is not known here: choose for each field.
    noBase: 'Ikkala tomonda boʻlgan versiya bu yerda nomaʼlum: har bir maydon uchun tanlang.',
    // Resolve with these choices
    resolve: 'Shu tanlovlar bilan hal qilish',
    // Segment and speaker
    attachment: 'Segment va maʼruzachi',
    // {{count, number}} conflict to resolve
    count_one: 'Hal qilinadigan {{count, number}} ta ziddiyat',
    // {{count, number}} conflicts to resolve
    count_other: 'Hal qilinadigan {{count, number}} ta ziddiyat',
    // Changed here and in {{source}} (imported {{time}}).
    changedBoth: 'Bu yerda ham, {{source}} da ham oʻzgartirilgan ({{time}} da import qilingan).',
    // Ours
    ours: 'Bizniki',
    // Theirs ({{source}})
    theirs: 'Ularniki ({{source}})',
    // Keep ours
    keepOurs: 'Biznikini qoldirish',
    // Take theirs
    takeTheirs: 'Ularnikini olish',
    // (empty)
    empty: '(boʻsh)',
    // Text
    text: 'Matn',
    // Title
    title: 'Nomi',
    // Objective
    objective: 'Maqsad',
    // Countries
    countries: 'Mamlakatlar',
    // Tags
    tags: 'Teglar',
  },
  refusal: {
    // {{place}}: {{problem}}
    at: '{{place}}: {{problem}}',
    // {{place}}, line {{line}}
    line: '{{place}}, {{line}}-qator',
    where: {
      // Title
      title: 'Nomi',
      // Venue
      venue: 'Oʻtkaziladigan joy',
      // Date
      date: 'Sana',
      // Day starts at
      dayStart: 'Kun boshlanishi',
      // Venue time zone
      timeZone: 'Oʻtkaziladigan joyning vaqt mintaqasi',
      // Organizers
      organizers: 'Tashkilotchilar',
      // Participants' zones
      zones: 'Ishtirokchilarning vaqt mintaqalari',
      // Hard start
      hardStart: 'Belgilangan boshlanish',
      // Planned minutes
      minutes: 'Rejadagi daqiqalar',
      // Warning phase
      warning: 'Ogohlantirish davri',
      // Final phase
      final: 'Soʻnggi davr',
      // Chair or moderator
      chair: 'Rais yoki moderator',
      // Notes
      notes: 'Izohlar',
      // Name or role
      name: 'Ismi yoki roli',
      // Organization
      organization: 'Tashkilot',
      // Allotted minutes
      allotted: 'Ajratilgan daqiqalar',
      // Set time
      setTime: 'Vaqtni belgilash',
      // Count down to
      backAt: 'Teskari sanash vaqti',
    },
    problem: {
      // write something here.
      empty: 'bu yerga biror narsa yozing.',
      // at most {{max}} characters, please.
      tooLong: 'koʻpi bilan {{max}} belgi.',
      // at most {{max}} lines.
      tooMany: 'koʻpi bilan {{max}} qator.',
      // write it as YYYY-MM-DD, a real date between 1970 and 2100 (for example 2027-03-28).
      date: 'uni YYYY-OO-KK koʻrinishida, 1970 va 2100 yillar orasidagi haqiqiy sana sifatida yozing (masalan 2027-03-28).',
      // write it on the 24-hour clock as HH:mm, from 00:00 to 23:59 (for example 14:30).
      timeOfDay: 'uni 24 soatlik SS:DD koʻrinishida, 00:00 dan 23:59 gacha yozing (masalan 14:30).',
      // not a time zone this computer knows. Write it as Region/City, for example Europe/Brussels.
      zoneUnknown: 'bu kompyuter bunday vaqt mintaqasini bilmaydi. Uni Mintaqa/Shahar koʻrinishida yozing, masalan Europe/Brussels.',
      // “{{place}}” is already on line {{line}}; list each place once.
      placeTwice: '«{{place}}» allaqachon {{line}}-qatorda bor; har bir joyni bir marta koʻrsating.',
      // {{time}} does not exist on {{date}} in {{zone}}: the clocks go forward from {{from}} to {{to}} that night. Choose another time.
      timeSkipped: '{{time}} {{date}} kuni {{zone}} mintaqasida mavjud emas: oʻsha tunda soatlar {{from}} dan {{to}} ga oldinga suriladi. Boshqa vaqt tanlang.',
      // {{time}} is before {{before}}, a fixed start earlier in the run-of-show (or the start of the day): fixed starts must follow the order of the run-of-show.
      hardStartOrder: '{{time}} {{before}} dan oldin, u dasturda yuqoriroqdagi belgilangan boshlanish (yoki kun boshlanishi): belgilangan boshlanishlar dastur tartibiga amal qilishi kerak.',
      // at least {{count}} min.
      atLeastMinutes: 'kamida {{count}} daq.',
      // at least {{count}} s.
      atLeastSeconds: 'kamida {{count}} s.',
      // at most {{count}} h.
      atMostHours: 'koʻpi bilan {{count}} soat.',
      // write a number.
      number: 'son yozing.',
      // the final phase ({{final}} left) must begin after the warning phase ({{warning}} left): make it shorter than the warning.
      finalAfterWarning: 'soʻnggi davr ({{final}} qolganda) ogohlantirish davridan ({{warning}} qolganda) keyin boshlanishi kerak: uni ogohlantirishdan qisqaroq qiling.',
      // the warning ({{warning}} left) would begin before {{name}} has spoken at all ({{allotted}} allotted): make it shorter.
      warningTooLong: 'ogohlantirish ({{warning}} qolganda) {{name}} umuman gapirmasidan oldin boshlanib qolardi ({{allotted}} ajratilgan): uni qisqartiring.',
      // {{name}} needs more time ({{allotted}}) than the segment’s warning ({{warning}} left), or 0 to count up.
      speakerTooShort: '{{name}} uchun segment ogohlantirishidan ({{warning}} qolganda) koʻproq vaqt ({{allotted}}) kerak, yoki toʻgʻri sanash uchun 0.',
      // a speaker’s time is at most 4 hours in all: with {{spoken}} already spoken, at most {{left}} can be left.
      setOverCap: 'bitta maʼruzachining vaqti jami koʻpi bilan 4 soat: {{spoken}} allaqachon gapirildi, koʻpi bilan {{left}} qoldirish mumkin.',
      // a speaker’s time is at most 4 hours in all.
      adjustOverCap: 'bitta maʼruzachining vaqti jami koʻpi bilan 4 soat.',
      // there is not that much time left to take away.
      adjustNegative: 'ayirish uchun buncha vaqt qolmagan.',
      // {{time}} has already passed today in {{zone}} (it is {{now}}).
      timePassed: '{{time}} bugun {{zone}} mintaqasida allaqachon oʻtib ketdi (hozir {{now}}).',
      // {{time}} is more than 4 hours away; a countdown is at most 4 hours.
      timeTooFar: '{{time}} gacha 4 soatdan koʻp; teskari sanash koʻpi bilan 4 soat.',
      // the countdown to {{time}} runs to that time and can not be paused: choose another time, or a speaker.
      countdownNoPause: '{{time}} gacha teskari sanash oʻsha vaqtgacha davom etadi va toʻxtatilmaydi: boshqa vaqt yoki maʼruzachi tanlang.',
      // the countdown to {{time}} moves only by choosing another time.
      countdownNoAdjust: '{{time}} gacha teskari sanash faqat boshqa vaqt tanlash bilan oʻzgaradi.',
      // the countdown to {{time}} has no start to go back to: choose another time, or a speaker.
      countdownNoReset: '{{time}} gacha teskari sanashning qaytadigan boshlanishi yoʻq: boshqa vaqt yoki maʼruzachi tanlang.',
    },
  },
  recStatus: {
    // Draft
    draft: 'Qoralama',
    // Proposed
    proposed: 'Taklif qilingan',
    // Agreed
    agreed: 'Kelishilgan',
    // Not agreed
    'not-agreed': 'Kelishilmagan',
    // Merged
    merged: 'Birlashtirilgan',
  },
  priority: {
    // High
    high: 'Yuqori',
    // Medium
    medium: 'Oʻrta',
    // Low
    low: 'Past',
  },
  pillar: {
    // Prevention
    prevention: 'Oldini olish',
    // Participation
    participation: 'Ishtirok',
    // Protection
    protection: 'Himoya',
    // Relief and recovery
    'relief-and-recovery': 'Yordam va tiklash',
  },
  objective: {
    // Women's participation in politics and decision-making; gender in security and conflict-prevention policy
    'participation-and-security-policy': 'Ayollarning siyosat va qaror qabul qilishdagi ishtiroki; xavfsizlik va nizolarning oldini olish siyosatidagi gender jihati',
    // Conflict prevention; women's role in trust-building, reconciliation, peacekeeping and diplomacy
    'prevention-and-trust': 'Nizolarning oldini olish; ishonchni mustahkamlash, yarashtirish, tinchlikparvarlik va diplomatiyada ayollarning roli',
    // Legislative initiatives for the Women, Peace and Security agenda
    legislation: '«Ayollar, tinchlik va xavfsizlik» kun tartibi boʻyicha qonunchilik tashabbuslari',
  },
  outcome: {
    // Roadmap of Cooperation
    roadmap: 'Hamkorlik yoʻl xaritasi',
    // Mechanisms for civil-society participation
    'civil-society-mechanisms': 'Fuqarolik jamiyati ishtiroki mexanizmlari',
    // Other
    other: 'Boshqa',
  },
  recCountry: {
    // Kazakhstan
    KZ: 'Qozogʻiston',
    // Kyrgyzstan
    KG: 'Qirgʻiziston',
    // Tajikistan
    TJ: 'Tojikiston',
    // Turkmenistan
    TM: 'Turkmaniston',
    // Uzbekistan
    UZ: 'Oʻzbekiston',
    // Regional
    regional: 'Mintaqaviy',
    // Other
    other: 'Boshqa',
  },
  addressee: {
    // Parliaments
    parliaments: 'Parlamentlar',
    // Governments
    governments: 'Hukumatlar',
    // National women's machinery
    'national-womens-machinery': 'Xotin-qizlar masalalari boʻyicha milliy mexanizmlar',
    // Civil society
    'civil-society': 'Fuqarolik jamiyati',
    // UN
    UN: 'BMT',
    // OSCE
    OSCE: 'YXHT',
    // EU
    EU: 'YI',
    // Other
    other: 'Boshqalar',
  },
  roadmap: {
    // Roadmap of Cooperation
    heading: 'Hamkorlik yoʻl xaritasi',
    // The agreed recommendations as actions: what, who leads, with whom, by when, and how civil society takes part.
    intro: 'Kelishilgan tavsiyalar chora-tadbirlar sifatida: nima qilinadi, kim boshchilik qiladi, kim bilan, qachongacha va fuqarolik jamiyati qanday ishtirok etadi.',
    // No recommendation has been agreed yet: agreed recommendations become the actions of the roadmap.
    none: 'Hali birorta tavsiya kelishilmagan: kelishilgan tavsiyalar yoʻl xaritasining chora-tadbirlariga aylanadi.',
    // Roadmap action for {{label}}
    editLabel: '{{label}} uchun yoʻl xaritasi chora-tadbiri',
    // No.
    number: '№',
    // What
    action: 'Nima qilinadi',
    // Empty: the recommendation says it
    actionHint: 'Boʻsh boʻlsa, tavsiya matni olinadi',
    // Who leads
    lead: 'Kim boshchilik qiladi',
    // With whom
    partners: 'Kim bilan',
    // By when
    due: 'Qachongacha',
    // Civil-society participation
    mechanism: 'Fuqarolik jamiyati ishtiroki',
    // Status
    progress: 'Holat',
  },
  mechanism: {
    // Seat in a regional platform
    'regional-platform': 'Mintaqaviy platformada oʻrin',
    // Regular consultations
    consultations: 'Muntazam maslahatlashuvlar',
    // Joint working group
    'working-group': 'Qoʻshma ishchi guruh',
    // Joint monitoring and reporting
    'joint-monitoring': 'Qoʻshma monitoring va hisobot berish',
    // Advisory council
    'advisory-council': 'Maslahat kengashi',
    // Other
    other: 'Boshqa',
  },
  progress: {
    // Planned
    planned: 'Rejada',
    // In progress
    'in-progress': 'Bajarilmoqda',
    // Done
    done: 'Bajarildi',
  },
  publish: {
    // Outcomes and agreed recommendations
    outcomeTitle: 'Natijalar va kelishilgan tavsiyalar',
    // Outcome document
    outcomeKicker: 'Yakuniy hujjat',
    // Date
    date: 'Sana',
    // Venue
    venue: 'Oʻtkaziladigan joy',
    // Format
    format: 'Format',
    // Time
    time: 'Vaqt',
    // Organizers
    organizers: 'Tashkilotchilar',
    // Participating countries
    countries: 'Ishtirokchi mamlakatlar',
    // {{count}} recommendation was agreed, under {{parts}}.
    summary_one: '{{parts}} boʻyicha {{count}} ta tavsiya kelishildi.',
    // {{count}} recommendations were agreed, under {{parts}}.
    summary_other: '{{parts}} boʻyicha {{count}} ta tavsiya kelishildi.',
    // No recommendation has been agreed yet.
    noneAgreed: 'Hali birorta tavsiya kelishilmagan.',
    // {{pillar}}
    pillarHeading: '{{pillar}}',
    // Other agreed recommendations
    noPillar: 'Boshqa kelishilgan tavsiyalar',
    // {{count}} agreed recommendation, addressed to {{addressees}}.
    partSummary_one: '{{count}} ta kelishilgan tavsiya, kimga qaratilgan: {{addressees}}.',
    // {{count}} agreed recommendations, addressed to {{addressees}}.
    partSummary_other: '{{count}} ta kelishilgan tavsiya, kimga qaratilgan: {{addressees}}.',
    // Countries concerned: {{list}}.
    countriesOf: 'Tegishli mamlakatlar: {{list}}.',
    // Addressed to {{addressee}}
    addressedTo: 'Kimga qaratilgan: {{addressee}}',
    // No addressee named
    noAddressee: 'Adresat koʻrsatilmagan',
    // Also addressed to: {{list}}
    alsoTo: 'Shuningdek kimga qaratilgan: {{list}}',
    // Countries: {{list}}
    concerns: 'Mamlakatlar: {{list}}',
    // Priority: {{priority}}
    priorityOf: 'Ustuvorlik: {{priority}}',
    // Annex: recommendations not agreed
    annexTitle: 'Ilova: kelishilmagan tavsiyalar',
    // Recorded for completeness; they are not part of the agreed outcome.
    annexIntro: 'Toʻliqlik uchun qayd etilgan; ular kelishilgan natijaning bir qismi emas.',
    // No recommendation was recorded as not agreed.
    annexNone: 'Birorta tavsiya kelishilmagan deb qayd etilmagan.',
    // Page {{page}} of {{pages}}
    page: '{{pages}} sahifadan {{page}}-sahifa',
    // Prepared {{time}} ({{zone}}) with {{app}} {{version}}.
    prepared: '{{app}} {{version}} yordamida {{time}} ({{zone}}) tayyorlandi.',
    // Roadmap of Cooperation
    roadmapTitle: 'Hamkorlik yoʻl xaritasi',
    // The agreed recommendations of “{{event}}” as actions of a Roadmap of Cooperation among the countries of Central Asia.
    roadmapIntro: '«{{event}}» tadbirining kelishilgan tavsiyalari Markaziy Osiyo mamlakatlari oʻrtasidagi Hamkorlik yoʻl xaritasining chora-tadbirlari sifatida.',
    // , 
    listSeparator: ', ',
    sheets: {
      // Recommendations
      recommendations: 'Tavsiyalar',
      // Roadmap
      roadmap: 'Yoʻl xaritasi',
      // Timing
      timing: 'Vaqt hisobi',
    },
    columns: {
      // ID
      id: 'ID',
      // Title
      title: 'Nomi',
      // Recommendation
      text: 'Tavsiya',
      // Status
      status: 'Holat',
      // Priority
      priority: 'Ustuvorlik',
      // WPS pillar
      pillar: 'AThX yoʻnalishi',
      // Conference objective
      objective: 'Konferensiya maqsadi',
      // Expected outcome
      outcome: 'Kutilayotgan natija',
      // Countries
      countries: 'Mamlakatlar',
      // Addressees
      addressees: 'Kimga qaratilgan',
      // Tags
      tags: 'Teglar',
      // Rapporteur
      rapporteur: 'Raportyor',
      // Part
      part: 'Qism',
      // Segment
      segment: 'Segment',
      // Speaker
      speaker: 'Maʼruzachi',
      // Merged into
      mergedInto: 'Qaysi tavsiyaga birlashtirilgan',
      // Created ({{zone}})
      created: 'Yaratilgan ({{zone}})',
      // Updated ({{zone}})
      updated: 'Yangilangan ({{zone}})',
      // Row
      row: 'Qator',
      // Country
      country: 'Mamlakat',
      // Status
      segmentStatus: 'Holat',
      // Planned start
      plannedStart: 'Rejadagi boshlanish',
      // Actual start
      actualStart: 'Amaldagi boshlanish',
      // Actual end
      actualEnd: 'Amaldagi tugash',
      // Planned (min)
      plannedMin: 'Rejada (daq)',
      // Actual (min)
      actualMin: 'Amalda (daq)',
      // Over (+) / under (-) (min)
      overMin: 'Oshiq (+) / kam (-) (daq)',
      // segment
      segmentRow: 'segment',
      // speaker
      speakerRow: 'maʼruzachi',
    },
  },
};

export default {
  name: 'Oʻzbekcha',
  intl: 'uz',
  calendar: {
    months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
    monthsShort: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avg', 'sen', 'okt', 'noy', 'dek'],
    weekdays: ['yakshanba', 'dushanba', 'seshanba', 'chorshanba', 'payshanba', 'juma', 'shanba'],
    longDate: '{weekday}, {day}-{month}, {year}',
    datedTime: '{day}-{month}, {year}, {hour}:{minute}',
    group: '\u00a0',
    decimal: ',',
  },
  messages,
} satisfies Locale;
