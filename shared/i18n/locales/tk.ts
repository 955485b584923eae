/**
 * Turkmen (türkmen dili, Latin script). Machine-made: written by the
 * development assistant, not yet reviewed by a native speaker (see README,
 * Languages). Each message carries its English source above it, so a
 * reviewer can read the two side by side; tests/unit/i18n checks the
 * comments stay the English of today. Country names are CLDR's
 * (Intl.DisplayNames), city names a list to review; calendar words are
 * CLDR's, for runtimes whose Intl lacks Turkmen (Chromium, Electron).
 */
import type { Locale } from '../locale';

const messages = {
  menu: {
    // Export Workbook (XLSX)…
    exportXlsx: 'Iş kitabyny eksport etmek (XLSX)…',
    // Export Outcome Document (PDF)…
    exportReportPdf: 'Jemleýji hasabaty eksport etmek (PDF)…',
    // Export Outcome Document (DOCX)…
    exportReportDocx: 'Jemleýji hasabaty eksport etmek (DOCX)…',
    // Export Roadmap of Cooperation (PDF)…
    exportRoadmapPdf: 'Hyzmatdaşlygyň ýol kartasyny eksport etmek (PDF)…',
    // Export Roadmap of Cooperation (DOCX)…
    exportRoadmapDocx: 'Hyzmatdaşlygyň ýol kartasyny eksport etmek (DOCX)…',
    // Export Merge Summary (CSV)…
    exportMerges: 'Birleşdirmeleriň jemini eksport etmek (CSV)…',
    // File
    file: 'Faýl',
    // New Session…
    newSession: 'Täze sessiýa…',
    // Open Example…
    openExample: 'Nusgany açmak…',
    // Import JSON…
    importJson: 'JSON import etmek…',
    // Export JSON…
    exportJson: 'JSON eksport etmek…',
    // Export CSV…
    exportCsv: 'CSV eksport etmek…',
    // Export Outcome Document (HTML)…
    exportReport: 'Jemleýji hasabaty eksport etmek (HTML)…',
    // Export Timing Report (CSV)…
    exportTiming: 'Wagt hasabatyny eksport etmek (CSV)…',
    // Edit
    edit: 'Düzetmek',
    // Undo
    undo: 'Yzyna gaýtarmak',
    // Redo
    redo: 'Gaýtalamak',
    // View
    view: 'Görnüş',
    // Open Projector Window
    openProjector: 'Proýektor penjiresini açmak',
    // Close Projector Window
    closeProjector: 'Proýektor penjiresini ýapmak',
    // Window
    window: 'Penjire',
    // Help
    help: 'Kömek',
    // Keyboard Shortcuts
    shortcuts: 'Klawiş utgaşmalary',
  },
  common: {
    // Cancel
    cancel: 'Ýatyrmak',
    // Dismiss
    dismiss: 'Ýapmak',
    // Edit
    edit: 'Düzetmek',
    // Delete
    delete: 'Pozmak',
    // Close
    close: 'Ýapmak',
    // Segment
    segment: 'Bölüm',
    // Speaker
    speaker: 'Çykyş edýän',
    // Status
    status: 'Ýagdaýy',
    // Country
    country: 'Ýurt',
    // Rapporteur
    rapporteur: 'Ýazyjy',
    // Not set
    notSet: 'Görkezilmedik',
    // Next: {{name}}
    next: 'Indiki: {{name}}',
    // HH:mm
    timeFormat: 'SS:MM',
    // YYYY-MM-DD
    dateFormat: 'ÝÝÝÝ-AA-GG',
  },
  duration: {
    // {{minutes}} min
    minutes: '{{minutes}} min',
    // {{hours}} h
    hours: '{{hours}} sag',
    // {{hours}} h {{minutes}} min
    hoursMinutes: '{{hours}} sag {{minutes}} min',
    // on time
    onTime: 'meýilnama boýunça',
    // a day or more
    dayOrMore: 'bir gün ýa-da köp',
    // a day or more late
    dayOrMoreLate: 'bir gün ýa-da köp gijä galyş',
    // a day or more early
    dayOrMoreEarly: 'bir gün ýa-da köp ir',
  },
  app: {
    // Moderator Console
    name: 'Moderatoryň pulty',
    // Loading the session…
    loading: 'Sessiýa ýüklenýär…',
    // Not saved:
    notSaved: 'Ýatda saklanmady:',
    // Connection lost: reconnecting to the session host…
    connectionLost: 'Aragatnaşyk kesildi: sessiýanyň hostuna täzeden birikýär…',
    // Connecting to the session host…
    connecting: 'Sessiýanyň hostuna birikýär…',
    // This link is no longer valid: ask the technician for the new one
    linkInvalid: 'Bu salgy indi işlemeýär: tehnikden täzesini soraň',
  },
  view: {
    // Show
    label: 'Görkezmek',
    // All panels
    all: 'Ähli paneller',
    // Run of show
    runOfShow: 'Maksatnama',
    // Speaker timer
    timer: 'Çykyş edýäniň taýmeri',
    // Recommendations
    recommendations: 'Teklipler',
  },
  header: {
    // Clocks
    clocks: 'Sagatlar',
    // {{place}} (venue)
    venueClock: '{{place}} (geçirilýän ýeri)',
    // No venue set
    noVenue: 'Geçirilýän ýeri görkezilmedik',
    // Time notice
    timeNotice: 'Wagt guşaklary boýunça wagt',
    // Time: {{notice}}
    time: 'Wagt: {{notice}}',
  },
  toolbar: {
    // Session
    label: 'Sessiýa',
    // Undo
    undo: 'Yzyna gaýtarmak',
    // Redo
    redo: 'Gaýtalamak',
    // Event details
    eventDetails: 'Çäre barada',
    // New session
    newSession: 'Täze sessiýa',
    // Open example
    openExample: 'Nusgany açmak',
    // Dark theme
    darkTheme: 'Garaňky tema',
    // Language
    language: 'Dil',
    // View only
    viewOnly: 'Diňe görmek',
    // This link can show the session but not change it.
    viewOnlyHint: 'Bu salgy arkaly sessiýany görmek bolýar, ýöne üýtgetmek bolmaýar.',
    // Rapporteur
    rapporteurOnly: 'Ýazyjy',
    // This link can capture and edit recommendations; the run-of-show and the timer are shown but not changed.
    rapporteurOnlyHint: 'Bu salgy arkaly teklipleri ýazmak we düzetmek bolýar; maksatnama we taýmer görkezilýär, ýöne üýtgedilmeýär.',
    // Start a new blank session? The current one can be brought back with Undo.
    confirmNew: 'Täze boş sessiýa başlamalymy? Häzirkisini «Yzyna gaýtarmak» bilen gaýtaryp bolýar.',
    // Open the example conference? The current session can be brought back with Undo.
    confirmExample: 'Konferensiýanyň nusgasyny açmalymy? Häzirki sessiýany «Yzyna gaýtarmak» bilen gaýtaryp bolýar.',
  },
  event: {
    // Event title
    title: 'Çäräniň ady',
    // Venue
    venue: 'Geçirilýän ýeri',
    // Date
    date: 'Senesi',
    // Day starts at
    dayStart: 'Günüň başlanýan wagty',
    // Venue time zone
    timeZone: 'Geçirilýän ýeriň wagt guşagy',
    // Format
    format: 'Görnüşi',
    // Organizers (one per line)
    organizers: 'Guramaçylar (her setirde birden)',
    // Participants' zones (one per line: Place = IANA zone)
    zones: 'Gatnaşyjylaryň wagt guşaklary (her setirde birden: Şäher = IANA guşagy)',
    // YYYY-MM-DD, for example 2027-03-28
    dateHint: 'ÝÝÝÝ-AA-GG, meselem 2027-03-28',
    // 24-hour clock, HH:mm, for example 09:30
    timeHint: '24 sagatlyk wagt, SS:MM, meselem 09:30',
    // Save event
    save: 'Çäräni ýatda saklamak',
  },
  eventFormat: {
    // in person
    'in-person': 'ýüzbe-ýüz',
    // hybrid
    hybrid: 'gibrid',
    // online
    online: 'onlaýn',
  },
  runOfShow: {
    // Run of show
    label: 'Maksatnama',
    // The event is dated {{date}}; today is {{today}} in {{zone}}. Planned and expected times are for the event date.
    otherDay: 'Çäräniň senesi {{date}}; şu gün {{today}} ({{zone}}). Meýilleşdirilen we garaşylýan wagtlar çäräniň senesi üçin görkezilýär.',
    // Move the event to today
    moveToToday: 'Çäräni şu güne geçirmek',
    // Live segment time
    liveTime: 'Häzirki bölümiň wagty',
    // {{time}} over
    over: '{{time}} artyk',
    // {{time}} left
    left: '{{time}} galdy',
    // Day summary
    summary: 'Günüň jemi',
    // Live
    live: 'Häzir',
    // Nothing live
    nothingLive: 'Hiç zat barmaýar',
    // Day
    day: 'Gün',
    // On time
    onTime: 'Meýilnama boýunça',
    // Running {{duration}} late
    runningLate: '{{duration}} gijä galýar',
    // Running {{duration}} early
    runningEarly: '{{duration}} öňde barýar',
    // Running a day or more late
    runningDayLate: 'Bir gün ýa-da köp gijä galýar',
    // Running a day or more early
    runningDayEarly: 'Bir gün ýa-da köp öňde barýar',
    // against the plan published at {{time}}
    againstPublished: '{{time}} çap edilen meýilnama görä',
    // Projected end
    projectedEnd: 'Garaşylýan gutaryşy',
    // published: {{time}}
    publishedEnd: 'çap edilen: {{time}}',
    // planned: {{time}}
    plannedEnd: 'meýilnama boýunça: {{time}}',
    // the plan now ends at {{time}}: {{change}} against the published plan
    planChanged: 'meýilnama indi {{time}} gutarýar: çap edilen meýilnama görä {{change}}',
    // Publish the plan
    publish: 'Meýilnamany çap etmek',
    // Publish the plan again
    publishAgain: 'Meýilnamany täzeden çap etmek',
    // Lateness is measured against the published plan. Publishing again accepts the changes made since.
    publishHint: 'Gijä galyş çap edilen meýilnamadan hasaplanýar. Täzeden çap etmek şondan bäri edilen üýtgeşmeleri kabul edýär.',
    // Fixed starts
    fixedStarts: 'Berkidilen başlangyçlar',
    // {{title}}: {{warning}}
    fixedStart: '{{title}}: {{warning}}',
    // {{count}} segment not yet run ({{duration}}) is not in the projected end: move it after the live segment, or skip it.
    notYetRun_one: 'Heniz geçirilmedik {{count}} bölüm ({{duration}}) garaşylýan gutaryşa girmeýär: ony häzirki bölümden soňa geçiriň ýa-da geçiriň.',
    // {{count}} segments not yet run ({{duration}}) are not in the projected end: move them after the live segment, or skip them.
    notYetRun_other: 'Heniz geçirilmedik {{count}} bölüm ({{duration}}) garaşylýan gutaryşa girmeýär: olary häzirki bölümden soňa geçiriň ýa-da geçiriň.',
    // The day starts at the first of the two {{time}}s of that night (the clocks go back).
    dayStartTwice: 'Gün şol gijäniň iki {{time}} wagtynyň birinjisinde başlanýar (sagatlar yza süýşürilýär).',
    // No parts yet. Add a part to start building the run-of-show.
    noParts: 'Entek bölek ýok. Maksatnamany düzüp başlamak üçin bölek goşuň.',
    // New part title
    newPart: 'Täze bölegiň ady',
    // Part III: …
    newPartPlaceholder: 'III bölek: …',
    // Add part
    addPart: 'Bölek goşmak',
  },
  part: {
    // Part title
    title: 'Bölegiň ady',
    // Save part
    save: 'Bölegi ýatda saklamak',
    // Rename
    rename: 'Adyny üýtgetmek',
    // Rename part {{title}}
    renameLabel: '{{title}} bölegiň adyny üýtgetmek',
    // Move part {{title}} up
    upLabel: '{{title}} bölegi ýokary süýşürmek',
    // Move part {{title}} down
    downLabel: '{{title}} bölegi aşak süýşürmek',
    // Delete part {{title}}
    deleteLabel: '{{title}} bölegi pozmak',
    // Delete part "{{title}}" and its {{count}} segment? Undo brings it back.
    confirmDelete_one: '«{{title}}» bölegi we onuň {{count}} bölümi pozulsynmy? «Yzyna gaýtarmak» ony gaýtaryp getirer.',
    // Delete part "{{title}}" and its {{count}} segments? Undo brings it back.
    confirmDelete_other: '«{{title}}» bölegi we onuň {{count}} bölümi pozulsynmy? «Yzyna gaýtarmak» ony gaýtaryp getirer.',
    // + Add segment
    addSegment: '+ Bölüm goşmak',
    // Add segment to {{title}}
    addSegmentLabel: '{{title}} bölegine bölüm goşmak',
  },
  segment: {
    // Drag to reorder (or Alt+Up / Alt+Down)
    dragHint: 'Tertibini üýtgetmek üçin süýräň (ýa-da Alt+↑ / Alt+↓)',
    // Expected start
    expectedStart: 'Garaşylýan başlangyjy',
    // planned {{range}}
    planned: 'meýilnama boýunça {{range}}',
    // fixed {{time}}
    fixed: 'takyk {{time}}',
    // fixed {{time}}, the first of the two that night (the clocks go back)
    fixedTwice: 'takyk {{time}}, şol gijäniň ikisiniň birinjisi (sagatlar yza süýşürilýär)',
    // published {{range}}
    published: 'çap edilen {{range}}',
    // added after the plan was published
    addedSincePublished: 'meýilnama çap edilenden soň goşuldy',
    // takes no time
    noTime: 'wagt almaýar',
    // actual {{range}}
    actual: 'hakykatda {{range}}',
    // now
    now: 'häzir',
    // expected end {{time}}
    expectedEnd: 'garaşylýan gutaryşy {{time}}',
    // {{count, number}} speaker
    speakers_one: '{{count, number}} çykyş edýän',
    // {{count, number}} speakers
    speakers_other: '{{count, number}} çykyş edýän',
    // Go live
    goLive: 'Başlamak',
    // Mark done
    markDone: 'Tamamlamak',
    // Skip
    skip: 'Geçirmek',
    // Reset
    reset: 'Meýilnama gaýtarmak',
    // Move up
    moveUp: 'Ýokary',
    // Move down
    moveDown: 'Aşak',
    // Delete "{{title}}"? Undo brings it back.
    confirmDelete: '«{{title}}» pozulsynmy? «Yzyna gaýtarmak» ony gaýtaryp getirer.',
    // Title
    title: 'Ady',
    // Kind
    kind: 'Görnüşi',
    // Planned minutes
    plannedMinutes: 'Meýilleşdirilen dowamlylygy, min',
    // Hard start (optional)
    hardStart: 'Berkidilen başlangyjy (hökmany däl)',
    // 24-hour clock, HH:mm, for example 14:30
    timeHint: '24 sagatlyk wagt, SS:MM, meselem 14:30',
    // Warning phase (seconds left)
    warningSeconds: 'Duýduryş döwri (soňuna çenli sekunt)',
    // Final phase (seconds left)
    finalSeconds: 'Soňky sekuntlar (soňuna çenli sekunt)',
    // Chair or moderator
    chair: 'Başlyk ýa-da moderator',
    // Notes
    notes: 'Bellikler',
    // New segment
    newSegment: 'Täze bölüm',
    // Add segment
    add: 'Bölüm goşmak',
    // Edit segment {{title}}
    editLabel: '{{title}} bölümini düzetmek',
    // Save segment
    save: 'Bölümi ýatda saklamak',
    // Speakers
    speakersHeading: 'Çykyş edýänler',
  },
  segmentStatus: {
    // Planned
    planned: 'Meýilnamada',
    // Live
    live: 'Barýar',
    // Done
    done: 'Tamamlandy',
    // Skipped
    skipped: 'Geçirildi',
    // Not yet run
    notYetRun: 'Heniz geçirilmedik',
  },
  fixedStart: {
    // the plan starts it at {{planned}}, {{miss}} after its fixed {{fixed}}
    planMisses: 'meýilnama boýunça {{planned}} başlaýar, berkidilen {{fixed}} wagtyndan {{miss}} giç',
    // expected at {{expected}}, {{miss}} after its fixed {{fixed}}
    willMiss: '{{expected}} garaşylýar, berkidilen {{fixed}} wagtyndan {{miss}} giç',
    // {{left}} left of the {{slack}} of slack before its fixed {{fixed}}
    slackEaten: 'berkidilen {{fixed}} wagtyna çenli {{slack}} ätiýaçdan {{left}} galdy',
  },
  offDay: {
    // Go live on another day than the event’s?
    title: 'Çäräniň senesinden başga günde başlamalymy?',
    // The event is dated {{date}}; today is {{today}} in {{zone}}.
    text: 'Çäräniň senesi {{date}}; şu gün {{today}} ({{zone}}).',
    // Move the event to today
    move: 'Çäräni şu güne geçirmek',
    // Keeps the times of day: the agenda runs today.
    moveHint: 'Günüň wagtlary saklanýar: maksatnama şu gün geçýär.',
    // Run against the event date
    keep: 'Çäräniň senesi boýunça alyp barmak',
    // Keeps the date: times on other days show their dates. Not asked again today.
    keepHint: 'Sene saklanýar: beýleki günlerdäki wagtlar senesi bilen görkezilýär. Şu gün gaýtadan soralmaz.',
  },
  segmentKind: {
    // opening
    opening: 'açylyş',
    // keynote
    keynote: 'esasy çykyş',
    // panel
    panel: 'panel ara alnyp maslahatlaşma',
    // debate
    debate: 'jedel',
    // presentation
    presentation: 'prezentasiýa',
    // break
    break: 'arakesme',
    // session
    session: 'sessiýa',
    // closing
    closing: 'ýapylyş',
    // other
    other: 'başga',
  },
  speaker: {
    // Name or role
    name: 'Ady ýa-da wezipesi',
    // Organization
    organization: 'Gurama',
    // Attendance
    attendance: 'Gatnaşygy',
    // Allotted minutes
    allotted: 'Berlen minutlar',
    // Edit speaker {{name}}
    editLabel: '{{name}} çykyş edýäni düzetmek',
    // Save speaker
    save: 'Çykyş edýäni ýatda saklamak',
    // Edit speaker
    edit: 'Çykyş edýäni düzetmek',
    // Up
    up: 'Ýokary',
    // Down
    down: 'Aşak',
    // Remove speaker
    remove: 'Çykyş edýäni aýyrmak',
    // New speaker
    newSpeaker: 'Täze çykyş edýän',
    // Add speaker
    add: 'Çykyş edýän goşmak',
  },
  attendance: {
    // in the room
    'in-room': 'zalda',
    // remote
    remote: 'uzakdan',
  },
  country: {
    // Kazakhstan
    KZ: 'Gazagystan',
    // Kyrgyzstan
    KG: 'Gyrgyzystan',
    // Tajikistan
    TJ: 'Täjigistan',
    // Turkmenistan
    TM: 'Türkmenistan',
    // Uzbekistan
    UZ: 'Özbegistan',
    // International
    INT: 'Halkara guramalar',
    // Other
    OTHER: 'Beýlekiler',
  },
  city: {
    // Almaty
    Almaty: 'Almaty',
    // Astana
    Astana: 'Astana',
    // Bishkek
    Bishkek: 'Bişkek',
    // Dushanbe
    Dushanbe: 'Duşanbe',
    // Ashgabat
    Ashgabat: 'Aşgabat',
    // Tashkent
    Tashkent: 'Daşkent',
  },
  timer: {
    // Speaker timer
    heading: 'Çykyş edýäniň taýmeri',
    // Shortcuts (?)
    shortcuts: 'Klawişler (?)',
    // No speaker selected
    noSpeaker: 'Çykyş edýän saýlanmady',
    // Speaker time
    speakerTime: 'Çykyş edýäniň wagty',
    // Timer controls
    controls: 'Taýmeri dolandyrmak',
    // Start
    start: 'Başlamak',
    // Pause
    pause: 'Saklamak',
    // Reset
    reset: 'Täzeden',
    // Previous speaker
    previous: 'Öňki çykyş edýän',
    // Next speaker
    next: 'Indiki çykyş edýän',
    // Adjust time
    adjust: 'Wagty düzetmek',
    // -1 min
    minusMinute: '-1 min',
    // -30 s
    minusHalf: '-30 sek',
    // +30 s
    plusHalf: '+30 sek',
    // +1 min
    plusMinute: '+1 min',
    // Set time left (min or min:s)
    setLabel: 'Galan wagt (min ýa-da min:sek)',
    // Set time
    set: 'Wagty bellemek',
    // Enter minutes, or minutes:seconds (for example 3 or 2:30)
    setError: 'Minutlary ýa-da minut:sekundy giriziň (meselem 3 ýa-da 2:30)',
    // Unplanned intervention by
    interventionBy: 'Meýilleşdirilmedik çykyş edýän',
    // Delegate of …
    interventionPlaceholder: '… wekili',
    // Time intervention
    intervention: 'Çykyşyň wagtyny ölçemek',
    // Choose a segment…
    chooseSegment: 'Bölümi saýlaň…',
    // Speaker queue
    queue: 'Çykyş edýänleriň nobaty',
    // Now: 
    now: 'Häzir: ',
    // Next: 
    nextInQueue: 'Indiki: ',
    // Make current
    makeCurrent: 'Häzirki etmek',
    // Make current: {{name}}
    makeCurrentLabel: 'Häzirki etmek: {{name}}',
    // Speaking time by country
    balance: 'Ýurtlar boýunça çykyş wagty',
    // Projection
    projection: 'Proýeksiýa',
    // Venue network
    network: 'Geçirilýän ýeriň tory',
    // {{time}} left in the segment
    segmentLeft: 'bölümiň soňuna çenli {{time}}',
    // segment {{time}} over
    segmentOver: 'bölüm {{time}} artyk gitdi',
    // segment ran {{ran}} (planned {{planned}})
    segmentRan: 'bölüm {{ran}} dowam etdi (meýilnama boýunça {{planned}})',
    // segment not started (planned {{planned}})
    segmentNotStarted: 'bölüm başlanmady (meýilnama boýunça {{planned}})',
    // Back at {{time}}
    backAt: '{{time}} dowam ederis',
    // Count down to a time of day (HH:mm)
    countdownToLabel: 'Günüň wagtyna çenli yza sanamak (SS:MM)',
    // Count down
    countdownTo: 'Yza sanamak',
    startBlocked: {
      // Nothing to time yet: choose a segment below, or put one live in the run-of-show.
      noSegment: 'Entek ölçeýän zat ýok: aşakda bölüm saýlaň ýa-da maksatnamada bölümi başlaň.',
      // The timer’s segment is no longer in the run-of-show: choose a segment below.
      segmentGone: 'Taýmeriň bölümi indi maksatnamada ýok: aşakda bölüm saýlaň.',
      // The current speaker is no longer in the segment: choose a speaker in the queue below.
      speakerGone: 'Häzirki çykyş edýän indi bölümde ýok: aşakdaky nobatdan çykyş edýäni saýlaň.',
    },
    // Operator keys
    operatorKeys: 'Operatoryň klawişleri',
    // N, P, B and R (next, previous, blackout, reset) act at once while the timer has the keyboard.
    operatorKeysHint: 'N, P, B we R (indiki, öňki, garaňkylatmak, täzeden) klawiatura taýmerde wagty derrew işleýär.',
  },
  message: {
    // Message to the speaker
    legend: 'Çykyş edýäne habar',
    // Showing:
    showing: 'Ekranda:',
    // (flashing)
    flashing: '(ýanyp-öçýär)',
    // Clear message
    clear: 'Habary aýyrmak',
    // Message text
    text: 'Habaryň teksti',
    // Send message
    send: 'Habar ibermek',
    // Flash the message
    flash: 'Habary ýakyp-öçürmek',
    // Blackout
    blackout: 'Garaňkylatmak',
    // Clock of day
    clockOfDay: 'Günüň sagady',
    // Auto-advance to the next speaker at zero
    autoAdvance: 'Nolda indiki çykyş edýäne awtomatik geçmek',
    // Chime at warning and zero (on the projector)
    chime: 'Duýduryşda we nolda ses signaly (proýektorda)',
    presets: {
      // Please conclude
      conclude: 'Haýyş, jemläň',
      // 1 minute
      oneMinute: '1 minut',
      // Time is up
      timeUp: 'Wagt gutardy',
      // Please speak closer to the microphone
      microphone: 'Haýyş, mikrofona ýakynrak gürläň',
    },
  },
  phase: {
    // Ready
    idle: 'Taýýar',
    // Paused
    paused: 'Saklandy',
    // Speaking
    normal: 'Çykyş edýär',
    // Time nearly up
    warning: 'Wagt gutarýar',
    // Final seconds
    final: 'Soňky sekuntlar',
    // Overtime
    overtime: 'Wagtdan artyk',
  },
  balance: {
    // Speaking time by country (day)
    caption: 'Ýurtlar boýunça çykyş wagty (gün)',
    // Spoken
    spoken: 'Çykyş etdi',
    // Allotted
    allotted: 'Berildi',
    // Share of allotted
    share: 'Berlenden paýy',
    // {{country}}: {{percent, number}}% of allotted
    shareOf: '{{country}}: berlen wagtyň {{percent, number}}%',
    // Download timing report (CSV)
    download: 'Wagt hasabatyny ýüklemek (CSV)',
  },
  shortcuts: {
    // Keyboard shortcuts
    title: 'Klawiş utgaşmalary',
    // Keys act where you are. The timer’s single keys work only while the Speaker timer has the keyboard (click in it or Tab into it), never in a text field; there Space starts or pauses, and Enter presses the focused button.
    intro: 'Klawişler siz işleýän ýeriňizde işleýär. Taýmeriň ýeke klawişleri diňe «Çykyş edýäniň taýmeri» klawiaturany saklaýan wagty işleýär (onuň içine basyň ýa-da Tab bilen geçiň), tekst meýdançasynda hiç haçan; ol ýerde Space taýmeri başlaýar ýa-da saklaýar, Enter bolsa saýlanan düwmä basýar.',
    // Key
    key: 'Klawiş',
    // Action
    action: 'Hereket',
    // Where
    where: 'Nirede',
    // with Operator keys on
    withOperatorKeys: 'operatoryň klawişleri açyk wagty',
    // Space
    space: 'Boşluk',
    actions: {
      // Start / pause the speaker timer
      startPause: 'Çykyş edýäniň taýmerini başlamak / saklamak',
      // Next speaker
      next: 'Indiki çykyş edýän',
      // Previous speaker
      previous: 'Öňki çykyş edýän',
      // Add / remove one minute
      minute: 'Bir minut goşmak / aýyrmak',
      // Add / remove 30 seconds
      halfMinute: '30 sekunt goşmak / aýyrmak',
      // Blackout on / off
      blackout: 'Garaňkylatmagy açmak / öçürmek',
      // Reset the speaker’s time
      reset: 'Çykyş edýäniň wagtyny täzeden başlamak',
      // Undo
      undo: 'Yzyna gaýtarmak',
      // Redo
      redo: 'Gaýtalamak',
      // Move the focused segment up / down
      moveSegment: 'Saýlanan bölümi ýokary / aşak süýşürmek',
      // Show this help
      help: 'Şu kömegi görkezmek',
    },
    areas: {
      // Speaker timer
      timer: 'Çykyş edýäniň taýmeri',
      // Run of show (its own edits)
      runOfShow: 'Maksatnama (öz düzedişleri)',
      // Recommendations (your own changes)
      recommendations: 'Teklipler (öz üýtgeşmeleriňiz)',
      // Anywhere but a text field
      anywhere: 'Tekst meýdançasyndan başga islendik ýerde',
    },
  },
  history: {
    // Go live
    goLive: 'Başlamak',
    // Mark done
    markDone: 'Tamamlamak',
    // Skip
    skip: 'Geçirmek',
    // Reset
    resetSegment: 'Meýilnama gaýtarmak',
    // Publish the plan
    publishPlan: 'Meýilnamany çap etmek',
    // Import agenda
    importPlan: 'Maksatnamany import etmek',
    // Edit segment
    editSegment: 'Bölümi düzetmek',
    // Add segment
    addSegment: 'Bölüm goşmak',
    // Delete segment
    deleteSegment: 'Bölümi pozmak',
    // Move segment
    moveSegment: 'Bölümi süýşürmek',
    // Add part
    addPart: 'Bölek goşmak',
    // Rename part
    renamePart: 'Bölegiň adyny üýtgetmek',
    // Delete part
    deletePart: 'Bölegi pozmak',
    // Move part
    movePart: 'Bölegi süýşürmek',
    // Add speaker
    addSpeaker: 'Çykyş edýän goşmak',
    // Edit speaker
    editSpeaker: 'Çykyş edýäni düzetmek',
    // Remove speaker
    removeSpeaker: 'Çykyş edýäni aýyrmak',
    // Move speaker
    moveSpeaker: 'Çykyş edýäni süýşürmek',
    // Event details
    editEvent: 'Çäre barada',
    // New session
    newSession: 'Täze sessiýa',
    // Open example
    openExample: 'Nusgany açmak',
    // Add recommendation
    addRecommendation: 'Teklip goşmak',
    // Edit
    editRecommendation: 'Düzetmek',
    // Merge
    mergeRecommendation: 'Birleşdirmek',
    // Import
    importRecommendations: 'Import',
    // Resolve conflict
    resolveConflict: 'Gapma-garşylygy çözmek',
  },
  projector: {
    // Display
    display: 'Ekran',
    // Automatic (the last one used, else an external display)
    automatic: 'Awtomatik (iň soňky ulanylan, ýogsa daşky ekran)',
    // , main
    main: ', esasy',
    // Open projector
    open: 'Proýektory açmak',
    // Close projector
    close: 'Proýektory ýapmak',
    // Open projector view
    openView: 'Proýektoryň görnüşini açmak',
    // Open stage view
    openStage: 'Sahnanyň görnüşini açmak',
    // Projector
    projector: 'Proýektor',
    // Stage view
    stage: 'Sahnanyň görnüşi',
    // Time remaining
    timeRemaining: 'Galan wagt',
    // Connection lost — reconnecting…
    connectionLost: 'Aragatnaşyk kesildi — täzeden birikýär…',
    // Connecting…
    connecting: 'Birikýär…',
    // Offline: counting on from the last known time
    offline: 'Aragatnaşyk ýok: iň soňky belli wagtdan sanalýar',
    // Projector speaks
    language: 'Proýektoryň dili',
    // Stage speaks
    stageLanguage: 'Sahnanyň dili',
    // As the console
    sameAsConsole: 'Pultdaky ýaly',
  },
  recovery: {
    // Recovery notes
    label: 'Dikeltmek barada bellikler',
    // The session was recovered
    recovered: 'Sessiýa dikeldildi',
    // The session could not be recovered
    unrecoverable: 'Sessiýany dikeldip bolmady',
    // The session was converted to the new file format
    migrated: 'Sessiýa täze faýl formatyna geçirildi',
    // A backup was restored
    restored: 'Ätiýaçlyk nusga dikeldildi',
    // A saved change was left out
    'left-out': 'Ýatda saklanan bir üýtgeşme goşulmady',
    // I have read this
    acknowledge: 'Men muny okadym',
    // Could not mark it as read: {{message}}
    failed: 'Okaldy diýip bellemek başartmady: {{message}}',
  },
  storage: {
    // Not saved: the disk is full. Changes are refused until there is free space again; everything saved before is safe.
    'disk-full': 'Ýatda saklanmady: disk doly. Boş ýer bolýança üýtgeşmeler kabul edilmeýär; öň ýatda saklananlaryň hemmesi howpsuz.',
    // Not saved: the session folder is read-only. Changes are refused until it can be written again; everything saved before is safe.
    'read-only': 'Ýatda saklanmady: sessiýanyň bukjasy diňe okamak üçin. Oňa ýene ýazyp bolýança üýtgeşmeler kabul edilmeýär; öň ýatda saklananlaryň hemmesi howpsuz.',
    // Not saved: the disk reported an error. Changes are refused until it works again; everything saved before is safe.
    io: 'Ýatda saklanmady: disk ýalňyşlyk barada habar berdi. Ol ýene işleýänçä üýtgeşmeler kabul edilmeýär; öň ýatda saklananlaryň hemmesi howpsuz.',
    // Not saved: the session file is damaged. Restart Moderator Console to recover it from its backups; everything saved before is safe.
    damaged: 'Ýatda saklanmady: sessiýanyň faýly zaýalandy. Ony ätiýaçlyk nusgalardan dikeltmek üçin Moderator Console-y täzeden açyň; öň ýatda saklananlaryň hemmesi howpsuz.',
    // Since {{time}}.
    since: '{{time}} bäri.',
  },
  backups: {
    // Backups
    open: 'Ätiýaçlyk nusgalar',
    // Backups
    title: 'Ätiýaçlyk nusgalar',
    // Taken every 5 minutes while the session changes and when it closes; the last 10 and one a day are kept, in the backups folder of the session.
    intro: 'Sessiýa üýtgände her 5 minutdan we ol ýapylanda alynýar; soňky 10-sy we günde biri sessiýanyň backups bukjasynda saklanýar.',
    // Take a backup now
    take: 'Häzir ätiýaçlyk nusga al',
    // Backup taken: {{time}}.
    taken: 'Ätiýaçlyk nusga alyndy: {{time}}.',
    // No backups yet.
    none: 'Entek ätiýaçlyk nusga ýok.',
    // Backups, newest first
    list: 'Ätiýaçlyk nusgalar, iň täzesi başda',
    // automatic
    interval: 'awtomatik',
    // at close
    quit: 'ýapylanda',
    // taken by hand
    manual: 'el bilen alnan',
    // {{time}}, {{reason}}, up to change {{seq}}, {{size}}
    item: '{{time}}, {{reason}}, {{seq}}-nji üýtgeşmä çenli, {{size}}',
    // Restore
    restore: 'Dikelt',
    // Restore the backup of {{time}}
    restoreNamed: '{{time}} ätiýaçlyk nusgasyny dikelt',
    // Replace the session with the backup of {{time}}? Every console and view will show it at once. The session as it is now is kept in the kept folder of the session, and can be brought back only from there or from a later backup.
    confirmRestore: 'Sessiýany {{time}} ätiýaçlyk nusgasy bilen çalyşmalymy? Her konsol we görnüş ony derrew görkezer. Häzirki sessiýa sessiýanyň kept bukjasynda saklanar we ony diňe şol ýerden ýa-da soňky ätiýaçlyk nusgadan yzyna getirip bolar.',
    // The backup of {{time}} was restored.
    restored: '{{time}} ätiýaçlyk nusgasy dikeldildi.',
  },
  lan: {
    // Projector (read-only)
    projector: 'Proýektor (diňe görmek)',
    // Stage view (read-only)
    stage: 'Sahnanyň görnüşi (diňe görmek)',
    // Control (run-of-show and timer)
    control: 'Dolandyryş (maksatnama we taýmer)',
    // Rapporteur (recommendations, on a second laptop)
    rapporteur: 'Ýazyjy (teklipler, ikinji noutbukda)',
    // Control on a phone
    phone: 'Telefondan dolandyrmak',
    // Network views
    toggle: 'Tor görnüşleri',
    // On: browsers on the venue network can connect with a token.
    on: 'Açyk: geçirilýän ýeriň torundaky brauzerler token bilen birigip bilýär.',
    // Off: only this computer can connect.
    off: 'Ýapyk: diňe şu kompýuter birigip bilýär.',
    // No network interface found; only this computer can connect.
    noInterface: 'Tor interfeýsi tapylmady; diňe şu kompýuter birigip bilýär.',
    // Rotate tokens
    rotate: 'Tokenleri çalyşmak',
    // Network views are managed on the technician's console.
    elsewhere: 'Tor görnüşleri tehnigiň pultunda dolandyrylýar.',
  },
  control: {
    // Speaker timer control
    label: 'Çykyş edýäniň taýmerini dolandyrmak',
    // No segment is live
    nothingLive: 'Hiç bir bölüm barmaýar',
    // Ready-made messages
    presets: 'Taýýar habarlar',
  },
  osc: {
    // Show control (OSC)
    legend: 'Şowy dolandyrmak (OSC)',
    // UDP port
    port: 'UDP porty',
    // Desks allowed to send (IP addresses)
    senders: 'Ibermäge rugsat berlen pultlar (IP salgylary)',
    // OSC on
    toggle: 'OSC açyk',
    // Listening on UDP port {{port}}.
    on: 'UDP {{port}} portuny diňleýär.',
    // Off: nothing listens for OSC.
    off: 'Ýapyk: OSC kabul edilmeýär.',
  },
  rec: {
    // Recommendations
    heading: 'Teklipler',
    // Rapporteur name
    rapporteurName: 'Ýazyjynyň ady',
    // Recommendation changes
    changes: 'Tekliplerdäki üýtgeşmeler',
    // Revert last change
    revert: 'Soňky üýtgeşmäni yzyna gaýtarmak',
    // Reapply change
    reapply: 'Üýtgeşmäni täzeden ulanmak',
    // Saved: {{text}}
    saved: 'Ýatda saklandy: {{text}}',
    // Quick capture
    quickCapture: 'Çalt ýazmak',
    // New recommendation
    new: 'Täze teklip',
    // Type as it is spoken; Enter saves, Shift+Enter starts a new line
    newPlaceholder: 'Aýdylyşy ýaly ýazyň; Enter ýatda saklaýar, Shift+Enter täze setir başlaýar',
    // Add recommendation
    add: 'Teklip goşmak',
    // Follow the live segment
    followLive: 'Häzirki bölüme eýermek',
    // Not attached to a segment
    notAttached: 'Bölüme baglanmadyk',
    // ● {{title}} (live)
    liveSegment: '● {{title}} (barýar)',
    // {{title}} (another session)
    otherSession: '{{title}} (başga sessiýa)',
    // A segment no longer in the run-of-show
    segmentGone: 'Indi maksatnamada ýok bölüm',
    // No speaker
    noSpeaker: 'Çykyş edýänsiz',
    // A speaker no longer in the run-of-show
    speakerGone: 'Indi maksatnamada ýok çykyş edýän',
    // Edit recommendation {{label}}
    editLabel: '{{label}} teklibi düzetmek',
    // Recommendation text
    text: 'Teklibiň teksti',
    // Short title
    shortTitle: 'Gysga ady',
    // Priority
    priority: 'Ileriligi',
    // Merged into: {{label}}
    mergedInto: 'Birleşdirildi: {{label}}',
    // a recommendation not in this record
    mergedElsewhere: 'bu ýazgyda ýok teklip',
    // WPS pillar
    pillar: 'AParH ugry',
    // Expected outcome
    outcome: 'Garaşylýan netije',
    // Conference objective
    objective: 'Konferensiýanyň maksady',
    // Countries concerned
    countries: 'Degişli ýurtlar',
    // Addressed to
    addressees: 'Kime ugrukdyrylan',
    // Tags (comma-separated)
    tags: 'Bellikler (otur bilen)',
    // Done
    done: 'Taýýar',
    // Created {{time}}
    created: '{{time}} döredildi',
    // , last changed {{time}}
    changed: ', soňky üýtgeşme {{time}}',
    // Possible duplicate of:
    duplicateOf: 'Gaýtalanmagy mümkin:',
    // ({{percent, number}}% alike)
    alike: '({{percent, number}}% meňzeş)',
    // Merge this recommendation into “{{label}}”
    mergeLabel: 'Bu teklibi «{{label}}» teklibine birleşdirmek',
    // Merge into it
    merge: 'Oňa birleşdirmek',
    // {{priority}} priority
    priorityOf: '{{priority}} ilerilik',
    // {{count, number}} recommendation
    count_one: '{{count, number}} teklip',
    // {{count, number}} recommendations
    count_other: '{{count, number}} teklip',
    // {{found, number}} of {{total, number}} recommendations match
    matching: '{{total, number}} teklipden {{found, number}} gabat gelýär',
    //  · showing {{first}}–{{last}}
    showing: ' · {{first}}–{{last}} görkezilýär',
    // No pillar yet
    noPillar: 'Entek ugry ýok',
    // Pages of recommendations
    pages: 'Teklipleriň sahypalary',
    // Previous page
    previousPage: 'Öňki sahypa',
    // Next page
    nextPage: 'Indiki sahypa',
    // Page {{page}} of {{pages}}
    page: '{{pages}} sahypadan {{page}}-nji',
  },
  find: {
    // Find recommendations
    label: 'Teklipleri tapmak',
    // Search recommendations
    search: 'Tekliplerden gözlemek',
    // Pillar
    pillar: 'Ugry',
    // Any pillar
    anyPillar: 'Islendik ugur',
    // Any status
    anyStatus: 'Islendik ýagdaý',
    // Any country
    anyCountry: 'Islendik ýurt',
    // Any segment
    anySegment: 'Islendik bölüm',
    // Not attached
    notAttached: 'Baglanmadyk',
    // Any rapporteur
    anyRapporteur: 'Islendik ýazyjy',
    // Sort
    sort: 'Tertiplemek',
    // Group by
    groupBy: 'Toparlamak',
  },
  sort: {
    // Newest first
    newest: 'Ilki täzeleri',
    // Oldest first
    oldest: 'Ilki könüleri',
    // Recently edited
    updated: 'Ýakynda düzedilenler',
    // Priority
    priority: 'Ileriligi',
    // Title
    title: 'Ady',
  },
  grouping: {
    // No grouping
    none: 'Toparlamazdan',
    // WPS pillar
    pillar: 'AParH ugry',
    // Segment
    segment: 'Bölüm',
  },
  agendaFiles: {
    // Agenda files
    group: 'Maksatnamanyň faýllary',
    // Import agenda (XLSX, CSV)…
    import: 'Maksatnamany import etmek (XLSX, CSV)…',
    // Agenda template (CSV)
    template: 'Maksatnamanyň nusgasy (CSV)',
    // Programme (PDF)
    exportPdf: 'Maksatnama (PDF)',
    // Agenda (XLSX)
    exportXlsx: 'Maksatnama (XLSX)',
    // Calendar (.ics)
    exportIcs: 'Senenama (.ics)',
    // Import the agenda from {{source}}
    previewTitle: 'Maksatnamany {{source}} faýlyndan import etmek',
    // Nothing changes until you press Import. The import is one step: Undo takes it back.
    previewIntro: '«Import et» düwmesine basýançaňyz hiç zat üýtgemeýär. Import bir ädim: «Yzyna al» hemmesini yzyna gaýtarýar.',
    // Parts to create: {{parts}}. Segments to create: {{segments}}.
    toCreate: 'Dörediljek bölümler: {{parts}}. Dörediljek segmentler: {{segments}}.',
    // The current run-of-show
    mode: 'Häzirki maksatnama',
    // Replace it with the imported agenda
    replace: 'Ony import edilen maksatnama bilen çalyşmak',
    // Keep it and add the imported agenda after it
    append: 'Ony saklap, import edilen maksatnamany yzyndan goşmak',
    // The day will start at {{time}} (now {{now}}), the first segment’s fixed start.
    dayStartMoves: 'Gün {{time}}-da başlar (häzir {{now}}) — birinji segmentiň kesgitlenen başlangyjy.',
    // What will be created
    rows: 'Näme dörediler',
    // Problems found
    issues: 'Tapylan ýalňyşlar',
    // No problems found.
    noIssues: 'Ýalňyş tapylmady.',
    // Fix these problems in the file and import it again. Nothing has changed.
    blocked: 'Faýldaky bu ýalňyşlary düzediň we ony täzeden import ediň. Hiç zat üýtgemedi.',
    // Error
    error: 'Ýalňyş',
    // Warning
    warning: 'Duýduryş',
    // Row {{row}}, column {{column}}: {{message}}
    issueAt: '{{row}}-nji setir, {{column}} sütüni: {{message}}',
    // Row {{row}}: {{message}}
    issueAtRow: '{{row}}-nji setir: {{message}}',
    // The file: {{message}}
    issueFile: 'Faýl: {{message}}',
    // Import
    confirm: 'Import et',
    // Row
    row: 'Setir',
    // Part
    part: 'Bölüm',
    // Title
    title: 'Ady',
    // Kind
    kind: 'Görnüşi',
    // Duration
    duration: 'Dowamlylygy',
    // Fixed start
    fixedStart: 'Kesgitlenen başlangyç',
    // Moderator
    moderator: 'Moderator',
    // Speakers
    speakers: 'Çykyş edýänler',
    // {{name}} ({{country}}, {{minutes}} min)
    speakerLine: '{{name}} ({{country}}, {{minutes}} min)',
    // has a problem
    rowHasError: 'ýalňyşy bar',
    // Imported {{source}}: {{segments}} segments. Undo takes the import back.
    imported: '{{source}} import edildi: {{segments}} segment. «Yzyna al» importy yzyna gaýtarýar.',
    // Nothing was imported: {{where}}: {{message}}
    failed: 'Hiç zat import edilmedi: {{where}}: {{message}}',
    // Saved {{fileName}}
    saved: 'Saklandy: {{fileName}}',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Eksport başartmady: {{where}}: {{message}}',
    // Not done: {{message}}
    notDone: 'Ýerine ýetirilmedi: {{message}}',
    doc: {
      // Programme
      programme: 'Maksatnama',
      // Time ({{place}})
      time: 'Wagt ({{place}})',
      // Local times
      localTimes: 'Ýerli wagt',
      // Moderator: {{name}}
      moderator: 'Moderator: {{name}}',
      // Speakers: {{names}}
      speakers: 'Çykyş edýänler: {{names}}',
      // fixed start
      fixedStart: 'kesgitlenen başlangyç',
      // {{minutes}} min
      minutes: '{{minutes}} min',
      // Planned times. Made by Moderator Console on {{date}}.
      made: 'Meýilleşdirilen wagt. Moderator Console bilen {{date}} taýýarlandy.',
      // Part: {{part}}
      calendarDescription: 'Bölüm: {{part}}',
    },
  },
  files: {
    // Publish
    publish: 'Çap etmek',
    // File to export
    format: 'Eksport ediljek faýl',
    // Export
    export: 'Eksport etmek',
    // With an annex of the not-agreed recommendations
    annex: 'Ylalaşylmadyk teklipleriň goşundysy bilen',
    formats: {
      // Outcome document (PDF)
      'report-pdf': 'Jemleýji hasabat (PDF)',
      // Outcome document (DOCX, to edit)
      'report-docx': 'Jemleýji hasabat (DOCX, düzetmek üçin)',
      // Outcome document (HTML)
      report: 'Jemleýji hasabat (HTML)',
      // Roadmap of Cooperation (PDF)
      'roadmap-pdf': 'Hyzmatdaşlygyň ýol kartasy (PDF)',
      // Roadmap of Cooperation (DOCX, to edit)
      'roadmap-docx': 'Hyzmatdaşlygyň ýol kartasy (DOCX, düzetmek üçin)',
      // Workbook: recommendations, roadmap, timing (XLSX)
      xlsx: 'Iş kitaby: teklipler, ýol kartasy, wagt (XLSX)',
      // Recommendations (CSV, for tools)
      csv: 'Teklipler (CSV, gurallar üçin)',
      // Merge summary (CSV)
      merges: 'Birleşdirmeleriň jemi (CSV)',
    },
    // Export and import
    group: 'Eksport we import',
    // Export JSON
    exportJson: 'JSON eksport etmek',
    // Import JSON
    importJson: 'JSON import etmek',
    // Saved {{fileName}}
    saved: '{{fileName}} ýatda saklandy',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Eksport başa barmady: {{where}}: {{message}}',
    // Nothing was imported: {{where}}: {{message}}
    importFailed: 'Hiç zat import edilmedi: {{where}}: {{message}}',
    // Imported {{source}}: {{added}} new, {{updated}} updated, {{unchanged}} unchanged, {{conflicts}}
    imported: '{{source}} import edildi: {{added}} täze, {{updated}} täzelendi, {{unchanged}} üýtgewsiz, {{conflicts}}',
    // Not done: {{message}}
    notDone: 'Ýerine ýetirilmedi: {{message}}',
  },
  conflict: {
    // Field
    field: 'Meýdança',
    // Before (both had)
    base: 'Öňki (ikisinde-de bardy)',
    // Choice
    choice: 'Saýlaw',
    // Keep ours
    keep: 'Biziňkini galdyrmak',
    // Take theirs
    take: 'Olaryňkyny almak',
    // Write anew
    write: 'Täzeden ýazmak',
    // {{field}}: new text
    newText: '{{field}}: täze tekst',
    // {{field}}: which version
    choose: '{{field}}: haýsy wersiýa',
    // changed on both sides
    bothChanged: 'iki tarapda-da üýtgedildi',
    // The version both sides had is not known here: choose for each field.
    noBase: 'Iki tarapda-da bolan wersiýa bu ýerde belli däl: her meýdança üçin saýlaň.',
    // Resolve with these choices
    resolve: 'Şu saýlawlar bilen çözmek',
    // Segment and speaker
    attachment: 'Bölüm we çykyş edýän',
    // {{count, number}} conflict to resolve
    count_one: 'Çözülmeli {{count, number}} gapma-garşylyk',
    // {{count, number}} conflicts to resolve
    count_other: 'Çözülmeli {{count, number}} gapma-garşylyk',
    // Changed here and in {{source}} (imported {{time}}).
    changedBoth: 'Hem şu ýerde, hem {{source}} içinde üýtgedildi ({{time}} import edildi).',
    // Ours
    ours: 'Biziňki',
    // Theirs ({{source}})
    theirs: 'Olaryňky ({{source}})',
    // Keep ours
    keepOurs: 'Biziňkini galdyrmak',
    // Take theirs
    takeTheirs: 'Olaryňkyny almak',
    // (empty)
    empty: '(boş)',
    // Text
    text: 'Tekst',
    // Title
    title: 'Ady',
    // Objective
    objective: 'Maksady',
    // Countries
    countries: 'Ýurtlar',
    // Tags
    tags: 'Bellikler',
  },
  refusal: {
    // {{place}}: {{problem}}
    at: '{{place}}: {{problem}}',
    // {{place}}, line {{line}}
    line: '{{place}}, {{line}}-nji setir',
    where: {
      // Title
      title: 'Ady',
      // Venue
      venue: 'Geçirilýän ýeri',
      // Date
      date: 'Senesi',
      // Day starts at
      dayStart: 'Günüň başlanýan wagty',
      // Venue time zone
      timeZone: 'Geçirilýän ýeriň wagt guşagy',
      // Organizers
      organizers: 'Guramaçylar',
      // Participants' zones
      zones: 'Gatnaşyjylaryň wagt guşaklary',
      // Hard start
      hardStart: 'Berkidilen başlangyjy',
      // Planned minutes
      minutes: 'Meýilleşdirilen minutlar',
      // Warning phase
      warning: 'Duýduryş döwri',
      // Final phase
      final: 'Soňky döwür',
      // Chair or moderator
      chair: 'Başlyk ýa-da moderator',
      // Notes
      notes: 'Bellikler',
      // Name or role
      name: 'Ady ýa-da wezipesi',
      // Organization
      organization: 'Gurama',
      // Allotted minutes
      allotted: 'Berlen minutlar',
      // Set time
      setTime: 'Wagty bellemek',
      // Count down to
      backAt: 'Yza sanamagyň wagty',
    },
    problem: {
      // write something here.
      empty: 'bu ýere bir zat ýazyň.',
      // at most {{max}} characters, please.
      tooLong: 'iň köp {{max}} nyşan.',
      // at most {{max}} lines.
      tooMany: 'iň köp {{max}} setir.',
      // write it as YYYY-MM-DD, a real date between 1970 and 2100 (for example 2027-03-28).
      date: 'ony ÝÝÝÝ-AA-GG görnüşinde, 1970 bilen 2100 ýyllaryň arasyndaky hakyky sene hökmünde ýazyň (meselem 2027-03-28).',
      // write it on the 24-hour clock as HH:mm, from 00:00 to 23:59 (for example 14:30).
      timeOfDay: 'ony 24 sagatlyk SS:MM görnüşinde, 00:00-dan 23:59-a çenli ýazyň (meselem 14:30).',
      // not a time zone this computer knows. Write it as Region/City, for example Europe/Brussels.
      zoneUnknown: 'bu kompýuter beýle wagt guşagyny bilmeýär. Ony Sebit/Şäher görnüşinde ýazyň, meselem Europe/Brussels.',
      // “{{place}}” is already on line {{line}}; list each place once.
      placeTwice: '«{{place}}» eýýäm {{line}}-nji setirde bar; her ýeri bir gezek görkeziň.',
      // {{time}} does not exist on {{date}} in {{zone}}: the clocks go forward from {{from}} to {{to}} that night. Choose another time.
      timeSkipped: '{{time}} wagty {{date}} senesinde {{zone}} guşagynda ýok: şol gije sagatlar {{from}}-dan {{to}}-a öňe süýşürilýär. Başga wagt saýlaň.',
      // {{time}} is before {{before}}, a fixed start earlier in the run-of-show (or the start of the day): fixed starts must follow the order of the run-of-show.
      hardStartOrder: '{{time}} wagty {{before}} wagtyndan ir, ol maksatnamada ýokarrakdaky berkidilen başlangyç (ýa-da günüň başy): berkidilen başlangyçlar maksatnamanyň tertibine eýermeli.',
      // at least {{count}} min.
      atLeastMinutes: 'iň az {{count}} min.',
      // at least {{count}} s.
      atLeastSeconds: 'iň az {{count}} sek.',
      // at most {{count}} h.
      atMostHours: 'iň köp {{count}} sag.',
      // write a number.
      number: 'san ýazyň.',
      // the final phase ({{final}} left) must begin after the warning phase ({{warning}} left): make it shorter than the warning.
      finalAfterWarning: 'soňky döwür ({{final}} galanda) duýduryş döwründen ({{warning}} galanda) soň başlamaly: ony duýduryşdan gysga ediň.',
      // the warning ({{warning}} left) would begin before {{name}} has spoken at all ({{allotted}} allotted): make it shorter.
      warningTooLong: 'duýduryş ({{warning}} galanda) {{name}} asla gürlemänkä başlardy ({{allotted}} berlen): ony gysgaldyň.',
      // {{name}} needs more time ({{allotted}}) than the segment’s warning ({{warning}} left), or 0 to count up.
      speakerTooShort: '{{name}} üçin bölümiň duýduryşyndan ({{warning}} galanda) köp wagt ({{allotted}}) gerek, ýa-da göni sanamak üçin 0.',
      // a speaker’s time is at most 4 hours in all: with {{spoken}} already spoken, at most {{left}} can be left.
      setOverCap: 'bir çykyş edýäniň wagty jemi iň köp 4 sagat: {{spoken}} eýýäm gürlenildi, iň köp {{left}} galdyryp bolar.',
      // a speaker’s time is at most 4 hours in all.
      adjustOverCap: 'bir çykyş edýäniň wagty jemi iň köp 4 sagat.',
      // there is not that much time left to take away.
      adjustNegative: 'aýyrmak üçin şonça wagt galmady.',
      // {{time}} has already passed today in {{zone}} (it is {{now}}).
      timePassed: '{{time}} şu gün {{zone}} guşagynda eýýäm geçdi (häzir {{now}}).',
      // {{time}} is more than 4 hours away; a countdown is at most 4 hours.
      timeTooFar: '{{time}} wagtyna çenli 4 sagatdan köp; yza sanamak iň köp 4 sagat.',
      // the countdown to {{time}} runs to that time and can not be paused: choose another time, or a speaker.
      countdownNoPause: '{{time}} wagtyna çenli yza sanamak şol wagta çenli gidýär we saklanmaýar: başga wagt ýa-da çykyş edýäni saýlaň.',
      // the countdown to {{time}} moves only by choosing another time.
      countdownNoAdjust: '{{time}} wagtyna çenli yza sanamak diňe başga wagt saýlamak bilen üýtgeýär.',
      // the countdown to {{time}} has no start to go back to: choose another time, or a speaker.
      countdownNoReset: '{{time}} wagtyna çenli yza sanamagyň gaýdyp barar ýaly başy ýok: başga wagt ýa-da çykyş edýäni saýlaň.',
    },
  },
  recStatus: {
    // Draft
    draft: 'Garalama',
    // Proposed
    proposed: 'Teklip edildi',
    // Agreed
    agreed: 'Ylalaşyldy',
    // Not agreed
    'not-agreed': 'Ylalaşylmady',
    // Merged
    merged: 'Birleşdirildi',
  },
  priority: {
    // High
    high: 'Ýokary',
    // Medium
    medium: 'Orta',
    // Low
    low: 'Pes',
  },
  pillar: {
    // Prevention
    prevention: 'Öňüni almak',
    // Participation
    participation: 'Gatnaşmak',
    // Protection
    protection: 'Goramak',
    // Relief and recovery
    'relief-and-recovery': 'Kömek we dikeltmek',
  },
  objective: {
    // Women's participation in politics and decision-making; gender in security and conflict-prevention policy
    'participation-and-security-policy': 'Aýallaryň syýasata we karar kabul etmäge gatnaşmagy; howpsuzlyk we dawalaryň öňüni almak syýasatyndaky gender tarapy',
    // Conflict prevention; women's role in trust-building, reconciliation, peacekeeping and diplomacy
    'prevention-and-trust': 'Dawalaryň öňüni almak; ynamy berkitmekde, ylalaşdyrmakda, parahatçylygy goramakda we diplomatiýada aýallaryň orny',
    // Legislative initiatives for the Women, Peace and Security agenda
    legislation: '«Aýallar, parahatçylyk we howpsuzlyk» gün tertibi boýunça kanunçylyk başlangyçlary',
  },
  outcome: {
    // Roadmap of Cooperation
    roadmap: 'Hyzmatdaşlygyň ýol kartasy',
    // Mechanisms for civil-society participation
    'civil-society-mechanisms': 'Raýat jemgyýetiniň gatnaşyk mehanizmleri',
    // Other
    other: 'Başga',
  },
  recCountry: {
    // Kazakhstan
    KZ: 'Gazagystan',
    // Kyrgyzstan
    KG: 'Gyrgyzystan',
    // Tajikistan
    TJ: 'Täjigistan',
    // Turkmenistan
    TM: 'Türkmenistan',
    // Uzbekistan
    UZ: 'Özbegistan',
    // Regional
    regional: 'Sebit boýunça',
    // Other
    other: 'Başga',
  },
  addressee: {
    // Parliaments
    parliaments: 'Parlamentler',
    // Governments
    governments: 'Hökümetler',
    // National women's machinery
    'national-womens-machinery': 'Aýallaryň işleri boýunça milli mehanizmler',
    // Civil society
    'civil-society': 'Raýat jemgyýeti',
    // UN
    UN: 'BMG',
    // OSCE
    OSCE: 'ÝHHG',
    // EU
    EU: 'ÝB',
    // Other
    other: 'Beýlekiler',
  },
  roadmap: {
    // Roadmap of Cooperation
    heading: 'Hyzmatdaşlygyň ýol kartasy',
    // The agreed recommendations as actions: what, who leads, with whom, by when, and how civil society takes part.
    intro: 'Ylalaşylan teklipler hereketler görnüşinde: näme, kim ýolbaşçylyk edýär, kim bilen, haçana çenli we raýat jemgyýeti nähili gatnaşýar.',
    // No recommendation has been agreed yet: agreed recommendations become the actions of the roadmap.
    none: 'Entek hiç bir teklip ylalaşylmady: ylalaşylan teklipler ýol kartasynyň hereketlerine öwrülýär.',
    // Roadmap action for {{label}}
    editLabel: '{{label}} üçin ýol kartasynyň hereketi',
    // No.
    number: '№',
    // What
    action: 'Näme',
    // Empty: the recommendation says it
    actionHint: 'Boş bolsa: teklipde aýdylyşy ýaly',
    // Who leads
    lead: 'Kim ýolbaşçylyk edýär',
    // With whom
    partners: 'Kim bilen',
    // By when
    due: 'Haçana çenli',
    // Civil-society participation
    mechanism: 'Raýat jemgyýetiniň gatnaşygy',
    // Status
    progress: 'Ýagdaýy',
  },
  mechanism: {
    // Seat in a regional platform
    'regional-platform': 'Sebit platformasynda orun',
    // Regular consultations
    consultations: 'Yzygiderli maslahatlar',
    // Joint working group
    'working-group': 'Bilelikdäki iş topary',
    // Joint monitoring and reporting
    'joint-monitoring': 'Bilelikdäki gözegçilik we hasabat',
    // Advisory council
    'advisory-council': 'Maslahat geňeşi',
    // Other
    other: 'Başga',
  },
  progress: {
    // Planned
    planned: 'Meýilnamada',
    // In progress
    'in-progress': 'Ýerine ýetirilýär',
    // Done
    done: 'Tamamlandy',
  },
  publish: {
    // Outcomes and agreed recommendations
    outcomeTitle: 'Netijeler we ylalaşylan teklipler',
    // Outcome document
    outcomeKicker: 'Jemleýji hasabat',
    // Date
    date: 'Senesi',
    // Venue
    venue: 'Geçirilýän ýeri',
    // Format
    format: 'Görnüşi',
    // Time
    time: 'Wagty',
    // Organizers
    organizers: 'Guramaçylar',
    // Participating countries
    countries: 'Gatnaşyjy ýurtlar',
    // {{count}} recommendation was agreed, under {{parts}}.
    summary_one: '{{count}} teklip ylalaşyldy, şu bölümler boýunça: {{parts}}.',
    // {{count}} recommendations were agreed, under {{parts}}.
    summary_other: '{{count}} teklip ylalaşyldy, şu bölümler boýunça: {{parts}}.',
    // No recommendation has been agreed yet.
    noneAgreed: 'Entek hiç bir teklip ylalaşylmady.',
    // {{pillar}}
    pillarHeading: '{{pillar}}',
    // Other agreed recommendations
    noPillar: 'Beýleki ylalaşylan teklipler',
    // {{count}} agreed recommendation, addressed to {{addressees}}.
    partSummary_one: 'Ylalaşylan {{count}} teklip, kime ugrukdyrylan: {{addressees}}.',
    // {{count}} agreed recommendations, addressed to {{addressees}}.
    partSummary_other: 'Ylalaşylan {{count}} teklip, kime ugrukdyrylan: {{addressees}}.',
    // Countries concerned: {{list}}.
    countriesOf: 'Degişli ýurtlar: {{list}}.',
    // Addressed to {{addressee}}
    addressedTo: 'Kime ugrukdyrylan: {{addressee}}',
    // No addressee named
    noAddressee: 'Salgylanýan tarap görkezilmedik',
    // Also addressed to: {{list}}
    alsoTo: 'Şeýle hem ugrukdyrylan: {{list}}',
    // Countries: {{list}}
    concerns: 'Ýurtlar: {{list}}',
    // Priority: {{priority}}
    priorityOf: 'Ileriligi: {{priority}}',
    // Annex: recommendations not agreed
    annexTitle: 'Goşundy: ylalaşylmadyk teklipler',
    // Recorded for completeness; they are not part of the agreed outcome.
    annexIntro: 'Dolulyk üçin ýazyldy; olar ylalaşylan netijä girmeýär.',
    // No recommendation was recorded as not agreed.
    annexNone: 'Hiç bir teklip ylalaşylmadyk hökmünde ýazylmady.',
    // Page {{page}} of {{pages}}
    page: '{{pages}} sahypadan {{page}}-nji',
    // Prepared {{time}} ({{zone}}) with {{app}} {{version}}.
    prepared: '{{app}} {{version}} bilen {{time}} ({{zone}}) taýýarlandy.',
    // Roadmap of Cooperation
    roadmapTitle: 'Hyzmatdaşlygyň ýol kartasy',
    // The agreed recommendations of “{{event}}” as actions of a Roadmap of Cooperation among the countries of Central Asia.
    roadmapIntro: '«{{event}}» çäresiniň ylalaşylan teklipleri Merkezi Aziýa ýurtlarynyň arasyndaky Hyzmatdaşlygyň ýol kartasynyň hereketleri hökmünde.',
    // , 
    listSeparator: ', ',
    sheets: {
      // Recommendations
      recommendations: 'Teklipler',
      // Roadmap
      roadmap: 'Ýol kartasy',
      // Timing
      timing: 'Wagt',
    },
    columns: {
      // ID
      id: 'ID',
      // Title
      title: 'Ady',
      // Recommendation
      text: 'Teklip',
      // Status
      status: 'Ýagdaýy',
      // Priority
      priority: 'Ileriligi',
      // WPS pillar
      pillar: 'AParH ugry',
      // Conference objective
      objective: 'Konferensiýanyň maksady',
      // Expected outcome
      outcome: 'Garaşylýan netije',
      // Countries
      countries: 'Ýurtlar',
      // Addressees
      addressees: 'Kime ugrukdyrylan',
      // Tags
      tags: 'Bellikler',
      // Rapporteur
      rapporteur: 'Ýazyjy',
      // Part
      part: 'Bölek',
      // Segment
      segment: 'Bölüm',
      // Speaker
      speaker: 'Çykyş edýän',
      // Merged into
      mergedInto: 'Birleşdirilen teklip',
      // Created ({{zone}})
      created: 'Döredildi ({{zone}})',
      // Updated ({{zone}})
      updated: 'Täzelendi ({{zone}})',
      // Row
      row: 'Setir',
      // Country
      country: 'Ýurt',
      // Status
      segmentStatus: 'Ýagdaýy',
      // Planned start
      plannedStart: 'Meýilleşdirilen başlangyjy',
      // Actual start
      actualStart: 'Hakyky başlangyjy',
      // Actual end
      actualEnd: 'Hakyky gutaryşy',
      // Planned (min)
      plannedMin: 'Meýilleşdirilen (min)',
      // Actual (min)
      actualMin: 'Hakyky (min)',
      // Over (+) / under (-) (min)
      overMin: 'Artyk (+) / kem (-) (min)',
      // segment
      segmentRow: 'bölüm',
      // speaker
      speakerRow: 'çykyş edýän',
    },
  },
};

export default {
  name: 'Türkmençe',
  intl: 'tk',
  calendar: {
    months: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr'],
    monthsShort: ['ýan', 'few', 'mart', 'apr', 'maý', 'iýun', 'iýul', 'awg', 'sen', 'okt', 'noý', 'dek'],
    weekdays: ['ýekşenbe', 'duşenbe', 'sişenbe', 'çarşenbe', 'penşenbe', 'anna', 'şenbe'],
    longDate: '{day} {month} {year} {weekday}',
    datedTime: '{day} {month} {year}, {hour}:{minute}',
    group: '\u00a0',
    decimal: ',',
  },
  messages,
} satisfies Locale;
