/**
 * Kazakh (қазақ тілі, Cyrillic). Machine-made: written by the development
 * assistant, not yet reviewed by a native speaker (see README, Languages).
 * Each message carries its English source above it, so a reviewer can read
 * the two side by side; tests/unit/i18n checks the comments stay the
 * English of today. Messages added for the published documents, the
 * Roadmap of Cooperation and the per-field merge (issue 15) are
 * machine-translated like the rest. Country names are CLDR's (Intl.DisplayNames), city
 * names a list to review; calendar words are CLDR's, for runtimes whose Intl
 * lacks Kazakh (Chromium, Electron).
 */
import type { Locale } from '../locale';

const messages = {
  menu: {
    // Export Workbook (XLSX)…
    exportXlsx: 'Жұмыс кітабын экспорттау (XLSX)…',
    // Export Outcome Document (PDF)…
    exportReportPdf: 'Қорытынды құжатты экспорттау (PDF)…',
    // Export Outcome Document (DOCX)…
    exportReportDocx: 'Қорытынды құжатты экспорттау (DOCX)…',
    // Export Roadmap of Cooperation (PDF)…
    exportRoadmapPdf: 'Ынтымақтастықтың жол картасын экспорттау (PDF)…',
    // Export Roadmap of Cooperation (DOCX)…
    exportRoadmapDocx: 'Ынтымақтастықтың жол картасын экспорттау (DOCX)…',
    // Export Merge Summary (CSV)…
    exportMerges: 'Біріктіру жиынтығын экспорттау (CSV)…',
    // File
    file: 'Файл',
    // New Session…
    newSession: 'Жаңа сессия…',
    // Open Example…
    openExample: 'Мысалды ашу…',
    // Import JSON…
    importJson: 'JSON импорттау…',
    // Export JSON…
    exportJson: 'JSON экспорттау…',
    // Export CSV…
    exportCsv: 'CSV экспорттау…',
    // Export Outcome Document (HTML)…
    exportReport: 'Қорытынды құжатты экспорттау (HTML)…',
    // Export Timing Report (CSV)…
    exportTiming: 'Уақыт есебін экспорттау (CSV)…',
    // Edit
    edit: 'Өңдеу',
    // Undo
    undo: 'Болдырмау',
    // Redo
    redo: 'Қайталау',
    // View
    view: 'Көрініс',
    // Open Projector Window
    openProjector: 'Проектор терезесін ашу',
    // Close Projector Window
    closeProjector: 'Проектор терезесін жабу',
    // Window
    window: 'Терезе',
    // Help
    help: 'Анықтама',
    // Keyboard Shortcuts
    shortcuts: 'Пернелер тіркесімі',
  },
  common: {
    // Cancel
    cancel: 'Бас тарту',
    // Dismiss
    dismiss: 'Жабу',
    // Edit
    edit: 'Өңдеу',
    // Delete
    delete: 'Жою',
    // Close
    close: 'Жабу',
    // Segment
    segment: 'Сегмент',
    // Speaker
    speaker: 'Сөйлеуші',
    // Status
    status: 'Күйі',
    // Country
    country: 'Ел',
    // Rapporteur
    rapporteur: 'Баяндамашы',
    // Not set
    notSet: 'Көрсетілмеген',
    // Next: {{name}}
    next: 'Келесі: {{name}}',
    // HH:mm
    timeFormat: 'СС:ММ',
    // YYYY-MM-DD
    dateFormat: 'ЖЖЖЖ-АА-КК',
  },
  duration: {
    // {{minutes}} min
    minutes: '{{minutes}} мин',
    // {{hours}} h
    hours: '{{hours}} сағ',
    // {{hours}} h {{minutes}} min
    hoursMinutes: '{{hours}} сағ {{minutes}} мин',
    // on time
    onTime: 'кесте бойынша',
    // a day or more
    dayOrMore: 'бір күн не одан көп',
    // a day or more late
    dayOrMoreLate: 'бір күн не одан көп кеш',
    // a day or more early
    dayOrMoreEarly: 'бір күн не одан көп ерте',
  },
  app: {
    // Moderator Console
    name: 'Модератор пульті',
    // Loading the session…
    loading: 'Сессия жүктелуде…',
    // Not saved:
    notSaved: 'Сақталмады:',
    // Connection lost: reconnecting to the session host…
    connectionLost: 'Байланыс үзілді: сессия хостына қайта қосылуда…',
    // Connecting to the session host…
    connecting: 'Сессия хостына қосылуда…',
    // This link is no longer valid: ask the technician for the new one
    linkInvalid: 'Бұл сілтеме енді жарамсыз: техниктен жаңасын сұраңыз',
  },
  view: {
    // Show
    label: 'Көрсету',
    // All panels
    all: 'Барлық панель',
    // Run of show
    runOfShow: 'Бағдарлама',
    // Speaker timer
    timer: 'Сөйлеуші таймері',
    // Recommendations
    recommendations: 'Ұсынымдар',
  },
  header: {
    // Clocks
    clocks: 'Сағаттар',
    // {{place}} (venue)
    venueClock: '{{place}} (өтетін орны)',
    // No venue set
    noVenue: 'Өтетін орны көрсетілмеген',
    // Time notice
    timeNotice: 'Уақыт белдеулері бойынша уақыт',
    // Time: {{notice}}
    time: 'Уақыты: {{notice}}',
  },
  toolbar: {
    // Session
    label: 'Сессия',
    // Undo
    undo: 'Болдырмау',
    // Redo
    redo: 'Қайталау',
    // Event details
    eventDetails: 'Іс-шара туралы',
    // New session
    newSession: 'Жаңа сессия',
    // Open example
    openExample: 'Мысалды ашу',
    // Dark theme
    darkTheme: 'Күңгірт тақырып',
    // Language
    language: 'Тіл',
    // View only
    viewOnly: 'Тек қарау',
    // This link can show the session but not change it.
    viewOnlyHint: 'Бұл сілтеме бойынша сессияны көруге болады, бірақ өзгертуге болмайды.',
    // Rapporteur
    rapporteurOnly: 'Баяндамашы',
    // This link can capture and edit recommendations; the run-of-show and the timer are shown but not changed.
    rapporteurOnlyHint: 'Бұл сілтеме бойынша ұсынымдарды жазып, түзетуге болады; бағдарлама мен таймер көрсетіледі, бірақ өзгертілмейді.',
    // Start a new blank session? The current one can be brought back with Undo.
    confirmNew: 'Жаңа бос сессия бастау керек пе? Ағымдағысын «Болдырмау» батырмасымен қайтаруға болады.',
    // Open the example conference? The current session can be brought back with Undo.
    confirmExample: 'Конференция мысалын ашу керек пе? Ағымдағы сессияны «Болдырмау» батырмасымен қайтаруға болады.',
  },
  event: {
    // Event title
    title: 'Іс-шараның атауы',
    // Venue
    venue: 'Өтетін орны',
    // Date
    date: 'Күні',
    // Day starts at
    dayStart: 'Күннің басталуы',
    // Venue time zone
    timeZone: 'Өтетін орнының уақыт белдеуі',
    // Format
    format: 'Форматы',
    // Organizers (one per line)
    organizers: 'Ұйымдастырушылар (әр жолға біреуден)',
    // Participants' zones (one per line: Place = IANA zone)
    zones: 'Қатысушылардың уақыт белдеулері (әр жолға біреуден: Қала = IANA белдеуі)',
    // YYYY-MM-DD, for example 2027-03-28
    dateHint: 'ЖЖЖЖ-АА-КК, мысалы 2027-03-28',
    // 24-hour clock, HH:mm, for example 09:30
    timeHint: '24 сағаттық уақыт, СС:ММ, мысалы 09:30',
    // Save event
    save: 'Іс-шараны сақтау',
  },
  eventFormat: {
    // in person
    'in-person': 'бетпе-бет',
    // hybrid
    hybrid: 'гибридті',
    // online
    online: 'онлайн',
  },
  runOfShow: {
    // Run of show
    label: 'Бағдарлама',
    // The event is dated {{date}}; today is {{today}} in {{zone}}. Planned and expected times are for the event date.
    otherDay: 'Іс-шара күні {{date}}; бүгін {{today}} ({{zone}}). Жоспарлы және күтілетін уақыт іс-шара күніне берілген.',
    // Move the event to today
    moveToToday: 'Іс-шараны бүгінге ауыстыру',
    // Live segment time
    liveTime: 'Ағымдағы сегменттің уақыты',
    // {{time}} over
    over: '{{time}} асып кетті',
    // {{time}} left
    left: '{{time}} қалды',
    // Day summary
    summary: 'Күн қорытындысы',
    // Live
    live: 'Қазір',
    // Nothing live
    nothingLive: 'Ештеңе жүріп жатқан жоқ',
    // Day
    day: 'Күн',
    // On time
    onTime: 'Кесте бойынша',
    // Running {{duration}} late
    runningLate: '{{duration}} кешігіп жатыр',
    // Running {{duration}} early
    runningEarly: '{{duration}} озып жатыр',
    // Running a day or more late
    runningDayLate: 'Бір күн не одан көп кешігіп жатыр',
    // Running a day or more early
    runningDayEarly: 'Бір күн не одан көп озып жатыр',
    // against the plan published at {{time}}
    againstPublished: '{{time}} жарияланған жоспармен салыстырғанда',
    // Projected end
    projectedEnd: 'Күтілетін аяқталуы',
    // published: {{time}}
    publishedEnd: 'жарияланған: {{time}}',
    // planned: {{time}}
    plannedEnd: 'жоспар бойынша: {{time}}',
    // the plan now ends at {{time}}: {{change}} against the published plan
    planChanged: 'жоспар енді {{time}} аяқталады: жарияланған жоспардан {{change}}',
    // Publish the plan
    publish: 'Жоспарды жариялау',
    // Publish the plan again
    publishAgain: 'Жоспарды қайта жариялау',
    // Lateness is measured against the published plan. Publishing again accepts the changes made since.
    publishHint: 'Кешігу жарияланған жоспардан есептеледі. Қайта жариялау содан бергі өзгерістерді қабылдайды.',
    // Fixed starts
    fixedStarts: 'Белгіленген басталу уақыттары',
    // {{title}}: {{warning}}
    fixedStart: '{{title}}: {{warning}}',
    // {{count}} segment not yet run ({{duration}}) is not in the projected end: move it after the live segment, or skip it.
    notYetRun_one: 'Әлі өткізілмеген {{count}} сегмент ({{duration}}) күтілетін аяқталуға кірмейді: оны ағымдағы сегменттен кейін жылжытыңыз немесе өткізіп жіберіңіз.',
    // {{count}} segments not yet run ({{duration}}) are not in the projected end: move them after the live segment, or skip them.
    notYetRun_other: 'Әлі өткізілмеген {{count}} сегмент ({{duration}}) күтілетін аяқталуға кірмейді: оларды ағымдағы сегменттен кейін жылжытыңыз немесе өткізіп жіберіңіз.',
    // The day starts at the first of the two {{time}}s of that night (the clocks go back).
    dayStartTwice: 'Күн сол түнгі екі {{time}} уақытының біріншісінде басталады (сағат тілі кері жылжытылады).',
    // No parts yet. Add a part to start building the run-of-show.
    noParts: 'Әзірге бөлімдер жоқ. Бағдарламаны құруды бастау үшін бөлім қосыңыз.',
    // New part title
    newPart: 'Жаңа бөлімнің атауы',
    // Part III: …
    newPartPlaceholder: 'III бөлім: …',
    // Add part
    addPart: 'Бөлім қосу',
  },
  part: {
    // Part title
    title: 'Бөлімнің атауы',
    // Save part
    save: 'Бөлімді сақтау',
    // Rename
    rename: 'Атауын өзгерту',
    // Rename part {{title}}
    renameLabel: '{{title}} бөлімінің атауын өзгерту',
    // Move part {{title}} up
    upLabel: '{{title}} бөлімін жоғары жылжыту',
    // Move part {{title}} down
    downLabel: '{{title}} бөлімін төмен жылжыту',
    // Delete part {{title}}
    deleteLabel: '{{title}} бөлімін жою',
    // Delete part "{{title}}" and its {{count}} segment? Undo brings it back.
    confirmDelete_one: '«{{title}}» бөлімін және оның {{count}} сегментін жою керек пе? «Болдырмау» оны қайтарады.',
    // Delete part "{{title}}" and its {{count}} segments? Undo brings it back.
    confirmDelete_other: '«{{title}}» бөлімін және оның {{count}} сегментін жою керек пе? «Болдырмау» оны қайтарады.',
    // + Add segment
    addSegment: '+ Сегмент қосу',
    // Add segment to {{title}}
    addSegmentLabel: '{{title}} бөліміне сегмент қосу',
  },
  segment: {
    // Drag to reorder (or Alt+Up / Alt+Down)
    dragHint: 'Ретін өзгерту үшін сүйреңіз (немесе Alt+↑ / Alt+↓)',
    // Expected start
    expectedStart: 'Күтілетін басталуы',
    // planned {{range}}
    planned: 'жоспар бойынша {{range}}',
    // fixed {{time}}
    fixed: 'дәл {{time}}',
    // fixed {{time}}, the first of the two that night (the clocks go back)
    fixedTwice: 'дәл {{time}}, сол түнгі екеуінің біріншісі (сағат тілі кері жылжытылады)',
    // published {{range}}
    published: 'жарияланған {{range}}',
    // added after the plan was published
    addedSincePublished: 'жоспар жарияланғаннан кейін қосылған',
    // takes no time
    noTime: 'уақыт алмайды',
    // actual {{range}}
    actual: 'нақты {{range}}',
    // now
    now: 'қазір',
    // expected end {{time}}
    expectedEnd: 'күтілетін аяқталуы {{time}}',
    // {{count, number}} speaker
    speakers_one: '{{count, number}} сөйлеуші',
    // {{count, number}} speakers
    speakers_other: '{{count, number}} сөйлеуші',
    // Go live
    goLive: 'Бастау',
    // Mark done
    markDone: 'Аяқтау',
    // Skip
    skip: 'Өткізіп жіберу',
    // Reset
    reset: 'Жоспарға қайтару',
    // Move up
    moveUp: 'Жоғары',
    // Move down
    moveDown: 'Төмен',
    // Delete "{{title}}"? Undo brings it back.
    confirmDelete: '«{{title}}» жою керек пе? «Болдырмау» оны қайтарады.',
    // Title
    title: 'Атауы',
    // Kind
    kind: 'Түрі',
    // Planned minutes
    plannedMinutes: 'Жоспарлы ұзақтығы, мин',
    // Hard start (optional)
    hardStart: 'Белгіленген басталуы (міндетті емес)',
    // 24-hour clock, HH:mm, for example 14:30
    timeHint: '24 сағаттық уақыт, СС:ММ, мысалы 14:30',
    // Warning phase (seconds left)
    warningSeconds: 'Ескерту кезеңі (соңына дейінгі секунд)',
    // Final phase (seconds left)
    finalSeconds: 'Соңғы секундтар (соңына дейінгі секунд)',
    // Chair or moderator
    chair: 'Төраға немесе модератор',
    // Notes
    notes: 'Ескертпелер',
    // New segment
    newSegment: 'Жаңа сегмент',
    // Add segment
    add: 'Сегмент қосу',
    // Edit segment {{title}}
    editLabel: '{{title}} сегментін өңдеу',
    // Save segment
    save: 'Сегментті сақтау',
    // Speakers
    speakersHeading: 'Сөйлеушілер',
  },
  segmentStatus: {
    // Planned
    planned: 'Жоспарда',
    // Live
    live: 'Жүріп жатыр',
    // Done
    done: 'Аяқталды',
    // Skipped
    skipped: 'Өткізілді',
    // Not yet run
    notYetRun: 'Әлі өткізілмеген',
  },
  fixedStart: {
    // the plan starts it at {{planned}}, {{miss}} after its fixed {{fixed}}
    planMisses: 'жоспар бойынша {{planned}} басталады, белгіленген {{fixed}} уақытынан {{miss}} кеш',
    // expected at {{expected}}, {{miss}} after its fixed {{fixed}}
    willMiss: '{{expected}} күтіледі, белгіленген {{fixed}} уақытынан {{miss}} кеш',
    // {{left}} left of the {{slack}} of slack before its fixed {{fixed}}
    slackEaten: 'белгіленген {{fixed}} уақытына дейінгі {{slack}} қордан {{left}} қалды',
  },
  offDay: {
    // Go live on another day than the event’s?
    title: 'Іс-шара күнінен басқа күні бастау керек пе?',
    // The event is dated {{date}}; today is {{today}} in {{zone}}.
    text: 'Іс-шара күні {{date}}; бүгін {{today}} ({{zone}}).',
    // Move the event to today
    move: 'Іс-шараны бүгінге ауыстыру',
    // Keeps the times of day: the agenda runs today.
    moveHint: 'Тәулік уақыты сақталады: бағдарлама бүгін өтеді.',
    // Run against the event date
    keep: 'Іс-шара күні бойынша жүргізу',
    // Keeps the date: times on other days show their dates. Not asked again today.
    keepHint: 'Күні сақталады: басқа күндердегі уақыт күнімен көрсетіледі. Бүгін қайта сұралмайды.',
  },
  segmentKind: {
    // opening
    opening: 'ашылу',
    // keynote
    keynote: 'негізгі баяндама',
    // panel
    panel: 'панельдік талқылау',
    // debate
    debate: 'пікірсайыс',
    // presentation
    presentation: 'презентация',
    // break
    break: 'үзіліс',
    // session
    session: 'сессия',
    // closing
    closing: 'жабылу',
    // other
    other: 'басқа',
  },
  speaker: {
    // Name or role
    name: 'Аты-жөні немесе рөлі',
    // Organization
    organization: 'Ұйым',
    // Attendance
    attendance: 'Қатысуы',
    // Allotted minutes
    allotted: 'Бөлінген минут',
    // Edit speaker {{name}}
    editLabel: '{{name}} сөйлеушіні өңдеу',
    // Save speaker
    save: 'Сөйлеушіні сақтау',
    // Edit speaker
    edit: 'Сөйлеушіні өңдеу',
    // Up
    up: 'Жоғары',
    // Down
    down: 'Төмен',
    // Remove speaker
    remove: 'Сөйлеушіні алып тастау',
    // New speaker
    newSpeaker: 'Жаңа сөйлеуші',
    // Add speaker
    add: 'Сөйлеуші қосу',
  },
  attendance: {
    // in the room
    'in-room': 'залда',
    // remote
    remote: 'қашықтан',
  },
  country: {
    // Kazakhstan
    KZ: 'Қазақстан',
    // Kyrgyzstan
    KG: 'Қырғызстан',
    // Tajikistan
    TJ: 'Тәжікстан',
    // Turkmenistan
    TM: 'Түрікменстан',
    // Uzbekistan
    UZ: 'Өзбекстан',
    // International
    INT: 'Халықаралық ұйымдар',
    // Other
    OTHER: 'Басқалар',
  },
  city: {
    // Almaty
    Almaty: 'Алматы',
    // Astana
    Astana: 'Астана',
    // Bishkek
    Bishkek: 'Бішкек',
    // Dushanbe
    Dushanbe: 'Душанбе',
    // Ashgabat
    Ashgabat: 'Ашхабад',
    // Tashkent
    Tashkent: 'Ташкент',
  },
  timer: {
    // Speaker timer
    heading: 'Сөйлеуші таймері',
    // Shortcuts (?)
    shortcuts: 'Пернелер (?)',
    // No speaker selected
    noSpeaker: 'Сөйлеуші таңдалмаған',
    // Speaker time
    speakerTime: 'Сөйлеушінің уақыты',
    // Timer controls
    controls: 'Таймерді басқару',
    // Start
    start: 'Бастау',
    // Pause
    pause: 'Кідірту',
    // Reset
    reset: 'Қалпына келтіру',
    // Previous speaker
    previous: 'Алдыңғы сөйлеуші',
    // Next speaker
    next: 'Келесі сөйлеуші',
    // Adjust time
    adjust: 'Уақытты түзету',
    // -1 min
    minusMinute: '-1 мин',
    // -30 s
    minusHalf: '-30 с',
    // +30 s
    plusHalf: '+30 с',
    // +1 min
    plusMinute: '+1 мин',
    // Set time left (min or min:s)
    setLabel: 'Қалған уақыт (мин немесе мин:с)',
    // Set time
    set: 'Уақытты орнату',
    // Enter minutes, or minutes:seconds (for example 3 or 2:30)
    setError: 'Минутты немесе минут:секундты енгізіңіз (мысалы 3 немесе 2:30)',
    // Unplanned intervention by
    interventionBy: 'Жоспардан тыс сөз сөйлеуші',
    // Delegate of …
    interventionPlaceholder: '… делегаты',
    // Time intervention
    intervention: 'Сөзді уақытпен өлшеу',
    // Choose a segment…
    chooseSegment: 'Сегментті таңдаңыз…',
    // Speaker queue
    queue: 'Сөйлеушілер кезегі',
    // Now: 
    now: 'Қазір: ',
    // Next: 
    nextInQueue: 'Келесі: ',
    // Make current
    makeCurrent: 'Ағымдағы ету',
    // Make current: {{name}}
    makeCurrentLabel: 'Ағымдағы ету: {{name}}',
    // Speaking time by country
    balance: 'Елдер бойынша сөз уақыты',
    // Projection
    projection: 'Проекция',
    // Venue network
    network: 'Өтетін орынның желісі',
    // {{time}} left in the segment
    segmentLeft: 'сегменттің соңына дейін {{time}}',
    // segment {{time}} over
    segmentOver: 'сегмент {{time}} асып кетті',
    // segment ran {{ran}} (planned {{planned}})
    segmentRan: 'сегмент {{ran}} жүрді (жоспар бойынша {{planned}})',
    // segment not started (planned {{planned}})
    segmentNotStarted: 'сегмент басталмады (жоспар бойынша {{planned}})',
    // Back at {{time}}
    backAt: '{{time}} жалғастырамыз',
    // Count down to a time of day (HH:mm)
    countdownToLabel: 'Тәулік уақытына дейін кері санау (СС:ММ)',
    // Count down
    countdownTo: 'Кері санау',
    startBlocked: {
      // Nothing to time yet: choose a segment below, or put one live in the run-of-show.
      noSegment: 'Әзірге өлшейтін ештеңе жоқ: төменнен сегмент таңдаңыз немесе бағдарламада сегментті бастаңыз.',
      // The timer’s segment is no longer in the run-of-show: choose a segment below.
      segmentGone: 'Таймердің сегменті енді бағдарламада жоқ: төменнен сегмент таңдаңыз.',
      // The current speaker is no longer in the segment: choose a speaker in the queue below.
      speakerGone: 'Ағымдағы сөйлеуші енді сегментте жоқ: төмендегі кезектен сөйлеуші таңдаңыз.',
    },
    // Operator keys
    operatorKeys: 'Оператор пернелері',
    // N, P, B and R (next, previous, blackout, reset) act at once while the timer has the keyboard.
    operatorKeysHint: 'N, P, B және R (келесі, алдыңғы, қараңғылау, қалпына келтіру) таймер пернетақтаны ұстап тұрғанда бірден әрекет етеді.',
  },
  message: {
    // Message to the speaker
    legend: 'Сөйлеушіге хабар',
    // Showing:
    showing: 'Экранда:',
    // (flashing)
    flashing: '(жыпылықтайды)',
    // Clear message
    clear: 'Хабарды алып тастау',
    // Message text
    text: 'Хабар мәтіні',
    // Send message
    send: 'Хабар жіберу',
    // Flash the message
    flash: 'Хабарды жыпылықтату',
    // Blackout
    blackout: 'Қараңғылау',
    // Clock of day
    clockOfDay: 'Тәулік сағаты',
    // Auto-advance to the next speaker at zero
    autoAdvance: 'Нөлде келесі сөйлеушіге автоматты түрде өту',
    // Chime at warning and zero (on the projector)
    chime: 'Ескертуде және нөлде дыбыс белгісі (проекторда)',
    presets: {
      // Please conclude
      conclude: 'Аяқтауыңызды өтінеміз',
      // 1 minute
      oneMinute: '1 минут',
      // Time is up
      timeUp: 'Уақыт бітті',
      // Please speak closer to the microphone
      microphone: 'Микрофонға жақынырақ сөйлеуіңізді өтінеміз',
    },
  },
  phase: {
    // Ready
    idle: 'Дайын',
    // Paused
    paused: 'Кідіртілді',
    // Speaking
    normal: 'Сөйлеп жатыр',
    // Time nearly up
    warning: 'Уақыт аяқталуға жақын',
    // Final seconds
    final: 'Соңғы секундтар',
    // Overtime
    overtime: 'Уақыттан асты',
  },
  balance: {
    // Speaking time by country (day)
    caption: 'Елдер бойынша сөз уақыты (күн)',
    // Spoken
    spoken: 'Сөйледі',
    // Allotted
    allotted: 'Бөлінді',
    // Share of allotted
    share: 'Бөлінгеннен үлесі',
    // {{country}}: {{percent, number}}% of allotted
    shareOf: '{{country}}: бөлінгеннің {{percent, number}}%',
    // Download timing report (CSV)
    download: 'Уақыт есебін жүктеп алу (CSV)',
  },
  shortcuts: {
    // Keyboard shortcuts
    title: 'Пернелер тіркесімі',
    // Keys act where you are. The timer’s single keys work only while the Speaker timer has the keyboard (click in it or Tab into it), never in a text field; there Space starts or pauses, and Enter presses the focused button.
    intro: 'Пернелер сіз жұмыс істеп жатқан жерде әрекет етеді. Таймердің жалғыз пернелері «Сөйлеуші таймері» пернетақтаны ұстап тұрғанда ғана жұмыс істейді (оның ішін басыңыз немесе Tab арқылы өтіңіз), мәтін өрісінде ешқашан; онда бос орын пернесі таймерді бастайды не кідіртеді, ал Enter таңдалған батырманы басады.',
    // Key
    key: 'Перне',
    // Action
    action: 'Әрекет',
    // Where
    where: 'Қай жерде',
    // with Operator keys on
    withOperatorKeys: 'оператор пернелері қосулы болғанда',
    // Space
    space: 'Бос орын',
    actions: {
      // Start / pause the speaker timer
      startPause: 'Сөйлеуші таймерін бастау / кідірту',
      // Next speaker
      next: 'Келесі сөйлеуші',
      // Previous speaker
      previous: 'Алдыңғы сөйлеуші',
      // Add / remove one minute
      minute: 'Бір минут қосу / алу',
      // Add / remove 30 seconds
      halfMinute: '30 секунд қосу / алу',
      // Blackout on / off
      blackout: 'Қараңғылауды қосу / өшіру',
      // Reset the speaker’s time
      reset: 'Сөйлеушінің уақытын қалпына келтіру',
      // Undo
      undo: 'Болдырмау',
      // Redo
      redo: 'Қайталау',
      // Move the focused segment up / down
      moveSegment: 'Таңдалған сегментті жоғары / төмен жылжыту',
      // Show this help
      help: 'Осы анықтаманы көрсету',
    },
    areas: {
      // Speaker timer
      timer: 'Сөйлеуші таймері',
      // Run of show (its own edits)
      runOfShow: 'Бағдарлама (оның өз түзетулері)',
      // Recommendations (your own changes)
      recommendations: 'Ұсынымдар (өз өзгерістеріңіз)',
      // Anywhere but a text field
      anywhere: 'Мәтін өрісінен басқа кез келген жерде',
    },
  },
  history: {
    // Go live
    goLive: 'Бастау',
    // Mark done
    markDone: 'Аяқтау',
    // Skip
    skip: 'Өткізіп жіберу',
    // Reset
    resetSegment: 'Жоспарға қайтару',
    // Publish the plan
    publishPlan: 'Жоспарды жариялау',
    // Import agenda
    importPlan: 'Бағдарламаны импорттау',
    // Edit segment
    editSegment: 'Сегментті өңдеу',
    // Add segment
    addSegment: 'Сегмент қосу',
    // Delete segment
    deleteSegment: 'Сегментті жою',
    // Move segment
    moveSegment: 'Сегментті жылжыту',
    // Add part
    addPart: 'Бөлім қосу',
    // Rename part
    renamePart: 'Бөлімнің атауын өзгерту',
    // Delete part
    deletePart: 'Бөлімді жою',
    // Move part
    movePart: 'Бөлімді жылжыту',
    // Add speaker
    addSpeaker: 'Сөйлеуші қосу',
    // Edit speaker
    editSpeaker: 'Сөйлеушіні өңдеу',
    // Remove speaker
    removeSpeaker: 'Сөйлеушіні алып тастау',
    // Move speaker
    moveSpeaker: 'Сөйлеушіні жылжыту',
    // Event details
    editEvent: 'Іс-шара туралы',
    // New session
    newSession: 'Жаңа сессия',
    // Open example
    openExample: 'Мысалды ашу',
    // Add recommendation
    addRecommendation: 'Ұсыным қосу',
    // Edit
    editRecommendation: 'Өңдеу',
    // Merge
    mergeRecommendation: 'Біріктіру',
    // Import
    importRecommendations: 'Импорт',
    // Resolve conflict
    resolveConflict: 'Қайшылықты шешу',
  },
  projector: {
    // Display
    display: 'Дисплей',
    // Automatic (the last one used, else an external display)
    automatic: 'Автоматты (соңғы қолданылған, әйтпесе сыртқы дисплей)',
    // , main
    main: ', негізгі',
    // Open projector
    open: 'Проекторды ашу',
    // Close projector
    close: 'Проекторды жабу',
    // Open projector view
    openView: 'Проектор көрінісін ашу',
    // Open stage view
    openStage: 'Сахна көрінісін ашу',
    // Projector
    projector: 'Проектор',
    // Stage view
    stage: 'Сахна көрінісі',
    // Time remaining
    timeRemaining: 'Қалған уақыт',
    // Connection lost — reconnecting…
    connectionLost: 'Байланыс үзілді — қайта қосылуда…',
    // Connecting…
    connecting: 'Қосылуда…',
    // Offline: counting on from the last known time
    offline: 'Желіден тыс: соңғы белгілі уақыттан санау жалғасуда',
    // Projector speaks
    language: 'Проектор тілі',
    // Stage speaks
    stageLanguage: 'Сахна тілі',
    // As the console
    sameAsConsole: 'Пульттегідей',
  },
  recovery: {
    // Recovery notes
    label: 'Қалпына келтіру жазбалары',
    // The session was recovered
    recovered: 'Сессия қалпына келтірілді',
    // The session could not be recovered
    unrecoverable: 'Сессияны қалпына келтіру мүмкін болмады',
    // The session was converted to the new file format
    migrated: 'Сессия жаңа файл пішіміне түрлендірілді',
    // A backup was restored
    restored: 'Сақтық көшірме қалпына келтірілді',
    // A saved change was left out
    'left-out': 'Сақталған бір өзгеріс алынып тасталды',
    // I have read this
    acknowledge: 'Оқыдым',
    // Could not mark it as read: {{message}}
    failed: 'Оқылды деп белгілеу мүмкін болмады: {{message}}',
  },
  storage: {
    // Not saved: the disk is full. Changes are refused until there is free space again; everything saved before is safe.
    'disk-full': 'Сақталмады: диск толы. Бос орын пайда болғанша өзгерістер қабылданбайды; бұрын сақталғанның бәрі қауіпсіз.',
    // Not saved: the session folder is read-only. Changes are refused until it can be written again; everything saved before is safe.
    'read-only': 'Сақталмады: сессия қалтасы тек оқуға арналған. Оған қайта жазу мүмкін болғанша өзгерістер қабылданбайды; бұрын сақталғанның бәрі қауіпсіз.',
    // Not saved: the disk reported an error. Changes are refused until it works again; everything saved before is safe.
    io: 'Сақталмады: диск қате туралы хабарлады. Ол қайта жұмыс істегенше өзгерістер қабылданбайды; бұрын сақталғанның бәрі қауіпсіз.',
    // Not saved: the session file is damaged. Restart Moderator Console to recover it from its backups; everything saved before is safe.
    damaged: 'Сақталмады: сессия файлы зақымдалған. Оны сақтық көшірмелерден қалпына келтіру үшін Moderator Console-ды қайта іске қосыңыз; бұрын сақталғанның бәрі қауіпсіз.',
    // Since {{time}}.
    since: '{{time}} бастап.',
  },
  backups: {
    // Backups
    open: 'Сақтық көшірмелер',
    // Backups
    title: 'Сақтық көшірмелер',
    // Taken every 5 minutes while the session changes and when it closes; the last 10 and one a day are kept, in the backups folder of the session.
    intro: 'Сессия өзгерген кезде әр 5 минут сайын және ол жабылғанда жасалады; соңғы 10-ы және күніне біреуі сессияның backups қалтасында сақталады.',
    // Take a backup now
    take: 'Қазір сақтық көшірме жасау',
    // Backup taken: {{time}}.
    taken: 'Сақтық көшірме жасалды: {{time}}.',
    // No backups yet.
    none: 'Әзірге сақтық көшірмелер жоқ.',
    // Backups, newest first
    list: 'Сақтық көшірмелер, ең жаңасы басында',
    // automatic
    interval: 'автоматты',
    // at close
    quit: 'жабылғанда',
    // taken by hand
    manual: 'қолмен жасалған',
    // {{time}}, {{reason}}, up to change {{seq}}, {{size}}
    item: '{{time}}, {{reason}}, {{seq}}-өзгеріске дейін, {{size}}',
    // Restore
    restore: 'Қалпына келтіру',
    // Restore the backup of {{time}}
    restoreNamed: '{{time}} сақтық көшірмесін қалпына келтіру',
    // Replace the session with the backup of {{time}}? Every console and view will show it at once. The session as it is now is kept in the kept folder of the session, and can be brought back only from there or from a later backup.
    confirmRestore: 'Сессияны {{time}} сақтық көшірмесімен алмастыру керек пе? Әр консоль мен көрініс оны бірден көрсетеді. Қазіргі сессия сессияның kept қалтасында сақталады және оны тек сол жерден немесе кейінгі сақтық көшірмеден қайтаруға болады.',
    // The backup of {{time}} was restored.
    restored: '{{time}} сақтық көшірмесі қалпына келтірілді.',
  },
  lan: {
    // Projector (read-only)
    projector: 'Проектор (тек қарау)',
    // Stage view (read-only)
    stage: 'Сахна көрінісі (тек қарау)',
    // Control (run-of-show and timer)
    control: 'Басқару (бағдарлама және таймер)',
    // Rapporteur (recommendations, on a second laptop)
    rapporteur: 'Баяндамашы (ұсынымдар, екінші ноутбукта)',
    // Control on a phone
    phone: 'Телефоннан басқару',
    // Network views
    toggle: 'Желілік көріністер',
    // On: browsers on the venue network can connect with a token.
    on: 'Қосулы: өтетін орын желісіндегі браузерлер токен арқылы қосыла алады.',
    // Off: only this computer can connect.
    off: 'Өшірулі: тек осы компьютер қосыла алады.',
    // No network interface found; only this computer can connect.
    noInterface: 'Желі интерфейсі табылмады; тек осы компьютер қосыла алады.',
    // Rotate tokens
    rotate: 'Токендерді ауыстыру',
    // Network views are managed on the technician's console.
    elsewhere: 'Желілік көріністерді техниктің пультінде басқарады.',
  },
  control: {
    // Speaker timer control
    label: 'Сөйлеуші таймерін басқару',
    // No segment is live
    nothingLive: 'Ешбір сегмент жүріп жатқан жоқ',
    // Ready-made messages
    presets: 'Дайын хабарлар',
  },
  osc: {
    // Show control (OSC)
    legend: 'Шоуды басқару (OSC)',
    // UDP port
    port: 'UDP порты',
    // Desks allowed to send (IP addresses)
    senders: 'Жіберуге рұқсат етілген пульттер (IP мекенжайлары)',
    // OSC on
    toggle: 'OSC қосулы',
    // Listening on UDP port {{port}}.
    on: 'UDP {{port}} портын тыңдап тұр.',
    // Off: nothing listens for OSC.
    off: 'Өшірулі: OSC қабылданбайды.',
  },
  rec: {
    // Recommendations
    heading: 'Ұсынымдар',
    // Rapporteur name
    rapporteurName: 'Баяндамашының аты',
    // Recommendation changes
    changes: 'Ұсынымдардағы өзгерістер',
    // Revert last change
    revert: 'Соңғы өзгерісті болдырмау',
    // Reapply change
    reapply: 'Өзгерісті қайта қолдану',
    // Saved: {{text}}
    saved: 'Сақталды: {{text}}',
    // Quick capture
    quickCapture: 'Жылдам жазу',
    // New recommendation
    new: 'Жаңа ұсыным',
    // Type as it is spoken; Enter saves, Shift+Enter starts a new line
    newPlaceholder: 'Айтылған бойда жазыңыз; Enter сақтайды, Shift+Enter жаңа жол бастайды',
    // Add recommendation
    add: 'Ұсыным қосу',
    // Follow the live segment
    followLive: 'Ағымдағы сегментке ілесу',
    // Not attached to a segment
    notAttached: 'Сегментке байланыстырылмаған',
    // ● {{title}} (live)
    liveSegment: '● {{title}} (жүріп жатыр)',
    // {{title}} (another session)
    otherSession: '{{title}} (басқа сессия)',
    // A segment no longer in the run-of-show
    segmentGone: 'Бағдарламада енді жоқ сегмент',
    // No speaker
    noSpeaker: 'Сөйлеушісіз',
    // A speaker no longer in the run-of-show
    speakerGone: 'Бағдарламада енді жоқ сөйлеуші',
    // Edit recommendation {{label}}
    editLabel: '{{label}} ұсынымын өңдеу',
    // Recommendation text
    text: 'Ұсыным мәтіні',
    // Short title
    shortTitle: 'Қысқа атауы',
    // Priority
    priority: 'Басымдығы',
    // Merged into: {{label}}
    mergedInto: 'Біріктірілді: {{label}}',
    // a recommendation not in this record
    mergedElsewhere: 'осы жазбада жоқ ұсыным',
    // WPS pillar
    pillar: 'ӘБҚ бағыты',
    // Expected outcome
    outcome: 'Күтілетін нәтиже',
    // Conference objective
    objective: 'Конференцияның мақсаты',
    // Countries concerned
    countries: 'Қатысты елдер',
    // Addressed to
    addressees: 'Кімге арналған',
    // Tags (comma-separated)
    tags: 'Тегтер (үтір арқылы)',
    // Done
    done: 'Дайын',
    // Created {{time}}
    created: '{{time}} жасалды',
    // , last changed {{time}}
    changed: ', соңғы өзгерісі {{time}}',
    // Possible duplicate of:
    duplicateOf: 'Мүмкін қайталануы:',
    // ({{percent, number}}% alike)
    alike: '({{percent, number}}% ұқсас)',
    // Merge this recommendation into “{{label}}”
    mergeLabel: 'Осы ұсынымды «{{label}}» ұсынымына біріктіру',
    // Merge into it
    merge: 'Соған біріктіру',
    // {{priority}} priority
    priorityOf: '{{priority}} басымдық',
    // {{count, number}} recommendation
    count_one: '{{count, number}} ұсыным',
    // {{count, number}} recommendations
    count_other: '{{count, number}} ұсыным',
    // {{found, number}} of {{total, number}} recommendations match
    matching: '{{total, number}} ұсынымның {{found, number}} сәйкес келеді',
    //  · showing {{first}}–{{last}}
    showing: ' · {{first}}–{{last}} көрсетілген',
    // No pillar yet
    noPillar: 'Бағыты әлі жоқ',
    // Pages of recommendations
    pages: 'Ұсынымдар беттері',
    // Previous page
    previousPage: 'Алдыңғы бет',
    // Next page
    nextPage: 'Келесі бет',
    // Page {{page}} of {{pages}}
    page: '{{pages}} беттің {{page}}-беті',
  },
  find: {
    // Find recommendations
    label: 'Ұсынымдарды табу',
    // Search recommendations
    search: 'Ұсынымдардан іздеу',
    // Pillar
    pillar: 'Бағыты',
    // Any pillar
    anyPillar: 'Кез келген бағыт',
    // Any status
    anyStatus: 'Кез келген күй',
    // Any country
    anyCountry: 'Кез келген ел',
    // Any segment
    anySegment: 'Кез келген сегмент',
    // Not attached
    notAttached: 'Байланыстырылмаған',
    // Any rapporteur
    anyRapporteur: 'Кез келген баяндамашы',
    // Sort
    sort: 'Сұрыптау',
    // Group by
    groupBy: 'Топтау',
  },
  sort: {
    // Newest first
    newest: 'Алдымен жаңалары',
    // Oldest first
    oldest: 'Алдымен ескілері',
    // Recently edited
    updated: 'Жуырда өңделгендер',
    // Priority
    priority: 'Басымдығы',
    // Title
    title: 'Атауы',
  },
  grouping: {
    // No grouping
    none: 'Топтаусыз',
    // WPS pillar
    pillar: 'ӘБҚ бағыты',
    // Segment
    segment: 'Сегмент',
  },
  agendaFiles: {
    // Agenda files
    group: 'Бағдарлама файлдары',
    // Import agenda (XLSX, CSV)…
    import: 'Бағдарламаны импорттау (XLSX, CSV)…',
    // Agenda template (CSV)
    template: 'Бағдарлама үлгісі (CSV)',
    // Programme (PDF)
    exportPdf: 'Бағдарлама (PDF)',
    // Agenda (XLSX)
    exportXlsx: 'Бағдарлама (XLSX)',
    // Calendar (.ics)
    exportIcs: 'Күнтізбе (.ics)',
    // Import the agenda from {{source}}
    previewTitle: '{{source}} файлынан бағдарламаны импорттау',
    // Nothing changes until you press Import. The import is one step: Undo takes it back.
    previewIntro: '«Импорттау» батырмасын баспайынша ештеңе өзгермейді. Импорт — бір қадам: «Болдырмау» бәрін қайтарады.',
    // Parts to create: {{parts}}. Segments to create: {{segments}}.
    toCreate: 'Құрылатын бөлімдер: {{parts}}. Құрылатын сегменттер: {{segments}}.',
    // The current run-of-show
    mode: 'Қазіргі бағдарлама',
    // Replace it with the imported agenda
    replace: 'Оны импортталған бағдарламамен ауыстыру',
    // Keep it and add the imported agenda after it
    append: 'Оны қалдырып, импортталған бағдарламаны соңына қосу',
    // The day will start at {{time}} (now {{now}}), the first segment’s fixed start.
    dayStartMoves: 'Күн {{time}} басталады (қазір {{now}}) — бірінші сегменттің белгіленген басталу уақыты.',
    // What will be created
    rows: 'Не құрылады',
    // Problems found
    issues: 'Табылған қателер',
    // No problems found.
    noIssues: 'Қате табылмады.',
    // Fix these problems in the file and import it again. Nothing has changed.
    blocked: 'Файлдағы осы қателерді түзетіп, оны қайта импорттаңыз. Ештеңе өзгерген жоқ.',
    // Error
    error: 'Қате',
    // Warning
    warning: 'Ескерту',
    // Row {{row}}, column {{column}}: {{message}}
    issueAt: '{{row}}-жол, {{column}} бағаны: {{message}}',
    // Row {{row}}: {{message}}
    issueAtRow: '{{row}}-жол: {{message}}',
    // The file: {{message}}
    issueFile: 'Файл: {{message}}',
    // Import
    confirm: 'Импорттау',
    // Row
    row: 'Жол',
    // Part
    part: 'Бөлім',
    // Title
    title: 'Атауы',
    // Kind
    kind: 'Түрі',
    // Duration
    duration: 'Ұзақтығы',
    // Fixed start
    fixedStart: 'Белгіленген басталуы',
    // Moderator
    moderator: 'Модератор',
    // Speakers
    speakers: 'Сөйлеушілер',
    // {{name}} ({{country}}, {{minutes}} min)
    speakerLine: '{{name}} ({{country}}, {{minutes}} мин)',
    // has a problem
    rowHasError: 'қатесі бар',
    // Imported {{source}}: {{segments}} segments. Undo takes the import back.
    imported: '{{source}} импортталды: {{segments}} сегмент. «Болдырмау» импортты қайтарады.',
    // Nothing was imported: {{where}}: {{message}}
    failed: 'Ештеңе импортталмады: {{where}}: {{message}}',
    // Saved {{fileName}}
    saved: 'Сақталды: {{fileName}}',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Экспорт сәтсіз аяқталды: {{where}}: {{message}}',
    // Not done: {{message}}
    notDone: 'Орындалмады: {{message}}',
    doc: {
      // Programme
      programme: 'Бағдарлама',
      // Time ({{place}})
      time: 'Уақыт ({{place}})',
      // Local times
      localTimes: 'Жергілікті уақыт',
      // Moderator: {{name}}
      moderator: 'Модератор: {{name}}',
      // Speakers: {{names}}
      speakers: 'Сөйлеушілер: {{names}}',
      // fixed start
      fixedStart: 'белгіленген басталуы',
      // {{minutes}} min
      minutes: '{{minutes}} мин',
      // Planned times. Made by Moderator Console on {{date}}.
      made: 'Жоспарланған уақыт. Moderator Console арқылы {{date}} дайындалды.',
      // Part: {{part}}
      calendarDescription: 'Бөлім: {{part}}',
    },
  },
  files: {
    // Publish
    publish: 'Жариялау',
    // File to export
    format: 'Экспортталатын файл',
    // Export
    export: 'Экспорттау',
    // With an annex of the not-agreed recommendations
    annex: 'Келісілмеген ұсынымдар қосымшасымен',
    formats: {
      // Outcome document (PDF)
      'report-pdf': 'Қорытынды құжат (PDF)',
      // Outcome document (DOCX, to edit)
      'report-docx': 'Қорытынды құжат (DOCX, өңдеу үшін)',
      // Outcome document (HTML)
      report: 'Қорытынды құжат (HTML)',
      // Roadmap of Cooperation (PDF)
      'roadmap-pdf': 'Ынтымақтастықтың жол картасы (PDF)',
      // Roadmap of Cooperation (DOCX, to edit)
      'roadmap-docx': 'Ынтымақтастықтың жол картасы (DOCX, өңдеу үшін)',
      // Workbook: recommendations, roadmap, timing (XLSX)
      xlsx: 'Жұмыс кітабы: ұсынымдар, жол картасы, уақыт есебі (XLSX)',
      // Recommendations (CSV, for tools)
      csv: 'Ұсынымдар (CSV, бағдарламалар үшін)',
      // Merge summary (CSV)
      merges: 'Біріктіру жиынтығы (CSV)',
    },
    // Export and import
    group: 'Экспорт және импорт',
    // Export JSON
    exportJson: 'JSON экспорттау',
    // Import JSON
    importJson: 'JSON импорттау',
    // Saved {{fileName}}
    saved: '{{fileName}} сақталды',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Экспорт сәтсіз аяқталды: {{where}}: {{message}}',
    // Nothing was imported: {{where}}: {{message}}
    importFailed: 'Ештеңе импортталмады: {{where}}: {{message}}',
    // Imported {{source}}: {{added}} new, {{updated}} updated, {{unchanged}} unchanged, {{conflicts}}
    imported: '{{source}} импортталды: {{added}} жаңа, {{updated}} жаңартылды, {{unchanged}} өзгеріссіз, {{conflicts}}',
    // Not done: {{message}}
    notDone: 'Орындалмады: {{message}}',
  },
  conflict: {
    // Field
    field: 'Өріс',
    // Before (both had)
    base: 'Бұрын (екі жақта да болған)',
    // Choice
    choice: 'Таңдау',
    // Keep ours
    keep: 'Біздікін қалдыру',
    // Take theirs
    take: 'Олардікін алу',
    // Write anew
    write: 'Жаңадан жазу',
    // {{field}}: new text
    newText: '{{field}}: жаңа мәтін',
    // {{field}}: which version
    choose: '{{field}}: қай нұсқа',
    // changed on both sides
    bothChanged: 'екі жақта да өзгертілген',
    // The version both sides had is not known here: choose for each field.
    noBase: 'Екі жақта да болған нұсқа мұнда белгісіз: әр өріс үшін таңдаңыз.',
    // Resolve with these choices
    resolve: 'Осы таңдаулармен шешу',
    // Segment and speaker
    attachment: 'Сегмент және сөйлеуші',
    // {{count, number}} conflict to resolve
    count_one: 'Шешілетін {{count, number}} қайшылық',
    // {{count, number}} conflicts to resolve
    count_other: 'Шешілетін {{count, number}} қайшылық',
    // Changed here and in {{source}} (imported {{time}}).
    changedBoth: 'Мұнда да, {{source}} ішінде де өзгертілген ({{time}} импортталған).',
    // Ours
    ours: 'Біздікі',
    // Theirs ({{source}})
    theirs: 'Олардікі ({{source}})',
    // Keep ours
    keepOurs: 'Біздікін қалдыру',
    // Take theirs
    takeTheirs: 'Олардікін алу',
    // (empty)
    empty: '(бос)',
    // Text
    text: 'Мәтін',
    // Title
    title: 'Атауы',
    // Objective
    objective: 'Мақсаты',
    // Countries
    countries: 'Елдер',
    // Tags
    tags: 'Тегтер',
  },
  refusal: {
    // {{place}}: {{problem}}
    at: '{{place}}: {{problem}}',
    // {{place}}, line {{line}}
    line: '{{place}}, {{line}}-жол',
    where: {
      // Title
      title: 'Атауы',
      // Venue
      venue: 'Өтетін орны',
      // Date
      date: 'Күні',
      // Day starts at
      dayStart: 'Күннің басталуы',
      // Venue time zone
      timeZone: 'Өтетін орнының уақыт белдеуі',
      // Organizers
      organizers: 'Ұйымдастырушылар',
      // Participants' zones
      zones: 'Қатысушылардың уақыт белдеулері',
      // Hard start
      hardStart: 'Белгіленген басталуы',
      // Planned minutes
      minutes: 'Жоспарлы минуттар',
      // Warning phase
      warning: 'Ескерту кезеңі',
      // Final phase
      final: 'Соңғы кезең',
      // Chair or moderator
      chair: 'Төраға немесе модератор',
      // Notes
      notes: 'Ескертпелер',
      // Name or role
      name: 'Аты-жөні немесе рөлі',
      // Organization
      organization: 'Ұйым',
      // Allotted minutes
      allotted: 'Бөлінген минут',
      // Set time
      setTime: 'Уақытты орнату',
      // Count down to
      backAt: 'Кері санау уақыты',
    },
    problem: {
      // write something here.
      empty: 'мұнда бірдеңе жазыңыз.',
      // at most {{max}} characters, please.
      tooLong: 'ең көбі {{max}} таңба.',
      // at most {{max}} lines.
      tooMany: 'ең көбі {{max}} жол.',
      // write it as YYYY-MM-DD, a real date between 1970 and 2100 (for example 2027-03-28).
      date: 'ЖЖЖЖ-АА-КК түрінде, 1970 және 2100 жылдар арасындағы нақты күнді жазыңыз (мысалы 2027-03-28).',
      // write it on the 24-hour clock as HH:mm, from 00:00 to 23:59 (for example 14:30).
      timeOfDay: '24 сағаттық СС:ММ түрінде, 00:00-ден 23:59-ға дейін жазыңыз (мысалы 14:30).',
      // not a time zone this computer knows. Write it as Region/City, for example Europe/Brussels.
      zoneUnknown: 'бұл компьютер мұндай уақыт белдеуін білмейді. Оны Аймақ/Қала түрінде жазыңыз, мысалы Europe/Brussels.',
      // “{{place}}” is already on line {{line}}; list each place once.
      placeTwice: '«{{place}}» {{line}}-жолда бар; әр орынды бір рет көрсетіңіз.',
      // {{time}} does not exist on {{date}} in {{zone}}: the clocks go forward from {{from}} to {{to}} that night. Choose another time.
      timeSkipped: '{{time}} уақыты {{date}} күні {{zone}} белдеуінде жоқ: сол түні сағат тілі {{from}}-ден {{to}}-ге алға жылжытылады. Басқа уақыт таңдаңыз.',
      // {{time}} is before {{before}}, a fixed start earlier in the run-of-show (or the start of the day): fixed starts must follow the order of the run-of-show.
      hardStartOrder: '{{time}} уақыты {{before}} уақытынан ерте, ол бағдарламада жоғарырақ тұрған белгіленген басталу (немесе күннің басталуы): белгіленген басталулар бағдарламаның ретімен жүруі керек.',
      // at least {{count}} min.
      atLeastMinutes: 'кемінде {{count}} мин.',
      // at least {{count}} s.
      atLeastSeconds: 'кемінде {{count}} с.',
      // at most {{count}} h.
      atMostHours: 'ең көбі {{count}} сағ.',
      // write a number.
      number: 'сан жазыңыз.',
      // the final phase ({{final}} left) must begin after the warning phase ({{warning}} left): make it shorter than the warning.
      finalAfterWarning: 'соңғы кезең ({{final}} қалғанда) ескерту кезеңінен ({{warning}} қалғанда) кейін басталуы керек: оны ескертуден қысқа етіңіз.',
      // the warning ({{warning}} left) would begin before {{name}} has spoken at all ({{allotted}} allotted): make it shorter.
      warningTooLong: 'ескерту ({{warning}} қалғанда) {{name}} сөйлеп үлгермей жатып басталар еді ({{allotted}} бөлінген): оны қысқартыңыз.',
      // {{name}} needs more time ({{allotted}}) than the segment’s warning ({{warning}} left), or 0 to count up.
      speakerTooShort: '{{name}} үшін сегменттің ескертуінен ({{warning}} қалғанда) көбірек уақыт ({{allotted}}) керек, немесе тура санау үшін 0.',
      // a speaker’s time is at most 4 hours in all: with {{spoken}} already spoken, at most {{left}} can be left.
      setOverCap: 'бір сөйлеушінің уақыты барлығы ең көбі 4 сағат: {{spoken}} сөйленіп қойған, ең көбі {{left}} қалдыруға болады.',
      // a speaker’s time is at most 4 hours in all.
      adjustOverCap: 'бір сөйлеушінің уақыты барлығы ең көбі 4 сағат.',
      // there is not that much time left to take away.
      adjustNegative: 'алып тастауға соншалық уақыт қалған жоқ.',
      // {{time}} has already passed today in {{zone}} (it is {{now}}).
      timePassed: '{{time}} бүгін {{zone}} белдеуінде өтіп кетті (қазір {{now}}).',
      // {{time}} is more than 4 hours away; a countdown is at most 4 hours.
      timeTooFar: '{{time}} уақытына дейін 4 сағаттан көп; кері санау ең көбі 4 сағат.',
      // the countdown to {{time}} runs to that time and can not be paused: choose another time, or a speaker.
      countdownNoPause: '{{time}} уақытына дейінгі кері санау сол уақытқа дейін жүреді және кідіртілмейді: басқа уақыт немесе сөйлеуші таңдаңыз.',
      // the countdown to {{time}} moves only by choosing another time.
      countdownNoAdjust: '{{time}} уақытына дейінгі кері санау тек басқа уақыт таңдау арқылы өзгереді.',
      // the countdown to {{time}} has no start to go back to: choose another time, or a speaker.
      countdownNoReset: '{{time}} уақытына дейінгі кері санаудың қайтатын басы жоқ: басқа уақыт немесе сөйлеуші таңдаңыз.',
    },
  },
  recStatus: {
    // Draft
    draft: 'Жоба',
    // Proposed
    proposed: 'Ұсынылды',
    // Agreed
    agreed: 'Келісілді',
    // Not agreed
    'not-agreed': 'Келісілмеді',
    // Merged
    merged: 'Біріктірілді',
  },
  priority: {
    // High
    high: 'Жоғары',
    // Medium
    medium: 'Орташа',
    // Low
    low: 'Төмен',
  },
  pillar: {
    // Prevention
    prevention: 'Алдын алу',
    // Participation
    participation: 'Қатысу',
    // Protection
    protection: 'Қорғау',
    // Relief and recovery
    'relief-and-recovery': 'Көмек және қалпына келтіру',
  },
  objective: {
    // Women's participation in politics and decision-making; gender in security and conflict-prevention policy
    'participation-and-security-policy': 'Әйелдердің саясат пен шешім қабылдауға қатысуы; қауіпсіздік және қақтығыстардың алдын алу саясатындағы гендерлік аспект',
    // Conflict prevention; women's role in trust-building, reconciliation, peacekeeping and diplomacy
    'prevention-and-trust': 'Қақтығыстардың алдын алу; сенім нығайтудағы, татуластырудағы, бітімгершілік пен дипломатиядағы әйелдердің рөлі',
    // Legislative initiatives for the Women, Peace and Security agenda
    legislation: '«Әйелдер, бейбітшілік және қауіпсіздік» күн тәртібі бойынша заңнамалық бастамалар',
  },
  outcome: {
    // Roadmap of Cooperation
    roadmap: 'Ынтымақтастықтың жол картасы',
    // Mechanisms for civil-society participation
    'civil-society-mechanisms': 'Азаматтық қоғамның қатысу тетіктері',
    // Other
    other: 'Басқа',
  },
  recCountry: {
    // Kazakhstan
    KZ: 'Қазақстан',
    // Kyrgyzstan
    KG: 'Қырғызстан',
    // Tajikistan
    TJ: 'Тәжікстан',
    // Turkmenistan
    TM: 'Түрікменстан',
    // Uzbekistan
    UZ: 'Өзбекстан',
    // Regional
    regional: 'Өңір бойынша',
    // Other
    other: 'Басқа',
  },
  addressee: {
    // Parliaments
    parliaments: 'Парламенттер',
    // Governments
    governments: 'Үкіметтер',
    // National women's machinery
    'national-womens-machinery': 'Әйелдер істері жөніндегі ұлттық тетіктер',
    // Civil society
    'civil-society': 'Азаматтық қоғам',
    // UN
    UN: 'БҰҰ',
    // OSCE
    OSCE: 'ЕҚЫҰ',
    // EU
    EU: 'ЕО',
    // Other
    other: 'Басқалар',
  },
  roadmap: {
    // Roadmap of Cooperation
    heading: 'Ынтымақтастықтың жол картасы',
    // The agreed recommendations as actions: what, who leads, with whom, by when, and how civil society takes part.
    intro: 'Келісілген ұсынымдар әрекеттер ретінде: не істеледі, кім жауапты, кіммен бірге, қашанға дейін және азаматтық қоғам қалай қатысады.',
    // No recommendation has been agreed yet: agreed recommendations become the actions of the roadmap.
    none: 'Әзірге ешбір ұсыным келісілмеген: келісілген ұсынымдар жол картасының әрекеттеріне айналады.',
    // Roadmap action for {{label}}
    editLabel: '{{label}} үшін жол картасының әрекеті',
    // No.
    number: '№',
    // What
    action: 'Не істеледі',
    // Empty: the recommendation says it
    actionHint: 'Бос болса: ұсынымдағыдай',
    // Who leads
    lead: 'Кім жауапты',
    // With whom
    partners: 'Кіммен бірге',
    // By when
    due: 'Қашанға дейін',
    // Civil-society participation
    mechanism: 'Азаматтық қоғамның қатысуы',
    // Status
    progress: 'Күйі',
  },
  mechanism: {
    // Seat in a regional platform
    'regional-platform': 'Өңірлік платформадағы орын',
    // Regular consultations
    consultations: 'Тұрақты консультациялар',
    // Joint working group
    'working-group': 'Бірлескен жұмыс тобы',
    // Joint monitoring and reporting
    'joint-monitoring': 'Бірлескен мониторинг және есеп беру',
    // Advisory council
    'advisory-council': 'Консультативтік кеңес',
    // Other
    other: 'Басқа',
  },
  progress: {
    // Planned
    planned: 'Жоспарланған',
    // In progress
    'in-progress': 'Орындалуда',
    // Done
    done: 'Орындалды',
  },
  publish: {
    // Outcomes and agreed recommendations
    outcomeTitle: 'Қорытындылар және келісілген ұсынымдар',
    // Outcome document
    outcomeKicker: 'Қорытынды құжат',
    // Date
    date: 'Күні',
    // Venue
    venue: 'Өтетін орны',
    // Format
    format: 'Форматы',
    // Time
    time: 'Уақыты',
    // Organizers
    organizers: 'Ұйымдастырушылар',
    // Participating countries
    countries: 'Қатысушы елдер',
    // {{count}} recommendation was agreed, under {{parts}}.
    summary_one: '{{count}} ұсыным келісілді, бағыттар бойынша: {{parts}}.',
    // {{count}} recommendations were agreed, under {{parts}}.
    summary_other: '{{count}} ұсыным келісілді, бағыттар бойынша: {{parts}}.',
    // No recommendation has been agreed yet.
    noneAgreed: 'Әзірге ешбір ұсыным келісілмеген.',
    // {{pillar}}
    pillarHeading: '{{pillar}}',
    // Other agreed recommendations
    noPillar: 'Басқа келісілген ұсынымдар',
    // {{count}} agreed recommendation, addressed to {{addressees}}.
    partSummary_one: '{{count}} келісілген ұсыным; кімге арналған: {{addressees}}.',
    // {{count}} agreed recommendations, addressed to {{addressees}}.
    partSummary_other: '{{count}} келісілген ұсыным; кімге арналған: {{addressees}}.',
    // Countries concerned: {{list}}.
    countriesOf: 'Қатысты елдер: {{list}}.',
    // Addressed to {{addressee}}
    addressedTo: 'Кімге арналған: {{addressee}}',
    // No addressee named
    noAddressee: 'Кімге арналғаны көрсетілмеген',
    // Also addressed to: {{list}}
    alsoTo: 'Сондай-ақ кімге арналған: {{list}}',
    // Countries: {{list}}
    concerns: 'Елдер: {{list}}',
    // Priority: {{priority}}
    priorityOf: 'Басымдығы: {{priority}}',
    // Annex: recommendations not agreed
    annexTitle: 'Қосымша: келісілмеген ұсынымдар',
    // Recorded for completeness; they are not part of the agreed outcome.
    annexIntro: 'Толықтық үшін жазылды; олар келісілген қорытындыға кірмейді.',
    // No recommendation was recorded as not agreed.
    annexNone: 'Ешбір ұсыным келісілмеген деп жазылмаған.',
    // Page {{page}} of {{pages}}
    page: '{{pages}} беттің {{page}}-беті',
    // Prepared {{time}} ({{zone}}) with {{app}} {{version}}.
    prepared: '{{app}} {{version}} арқылы {{time}} ({{zone}}) дайындалды.',
    // Roadmap of Cooperation
    roadmapTitle: 'Ынтымақтастықтың жол картасы',
    // The agreed recommendations of “{{event}}” as actions of a Roadmap of Cooperation among the countries of Central Asia.
    roadmapIntro: '«{{event}}» іс-шарасының келісілген ұсынымдары — Орталық Азия елдері арасындағы Ынтымақтастықтың жол картасының әрекеттері ретінде.',
    // , 
    listSeparator: ', ',
    sheets: {
      // Recommendations
      recommendations: 'Ұсынымдар',
      // Roadmap
      roadmap: 'Жол картасы',
      // Timing
      timing: 'Уақыт есебі',
    },
    columns: {
      // ID
      id: 'ID',
      // Title
      title: 'Атауы',
      // Recommendation
      text: 'Ұсыным',
      // Status
      status: 'Күйі',
      // Priority
      priority: 'Басымдығы',
      // WPS pillar
      pillar: 'ӘБҚ бағыты',
      // Conference objective
      objective: 'Конференцияның мақсаты',
      // Expected outcome
      outcome: 'Күтілетін нәтиже',
      // Countries
      countries: 'Елдер',
      // Addressees
      addressees: 'Кімге арналған',
      // Tags
      tags: 'Тегтер',
      // Rapporteur
      rapporteur: 'Баяндамашы',
      // Part
      part: 'Бөлім',
      // Segment
      segment: 'Сегмент',
      // Speaker
      speaker: 'Сөйлеуші',
      // Merged into
      mergedInto: 'Қайда біріктірілді',
      // Created ({{zone}})
      created: 'Жасалды ({{zone}})',
      // Updated ({{zone}})
      updated: 'Жаңартылды ({{zone}})',
      // Row
      row: 'Жол',
      // Country
      country: 'Ел',
      // Status
      segmentStatus: 'Күйі',
      // Planned start
      plannedStart: 'Жоспарлы басталуы',
      // Actual start
      actualStart: 'Нақты басталуы',
      // Actual end
      actualEnd: 'Нақты аяқталуы',
      // Planned (min)
      plannedMin: 'Жоспар бойынша (мин)',
      // Actual (min)
      actualMin: 'Нақты (мин)',
      // Over (+) / under (-) (min)
      overMin: 'Артық (+) / кем (-) (мин)',
      // segment
      segmentRow: 'сегмент',
      // speaker
      speakerRow: 'сөйлеуші',
    },
  },
};

export default {
  name: 'Қазақша',
  intl: 'kk',
  calendar: {
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    monthsShort: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
    weekdays: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
    longDate: '{year} ж. {day} {month}, {weekday}',
    datedTime: '{year} ж. {day} {month}, {hour}:{minute}',
    group: '\u00a0',
    decimal: ',',
  },
  messages,
} satisfies Locale;
