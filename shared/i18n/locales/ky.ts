/**
 * Kyrgyz (кыргызча, Cyrillic). Machine-made: written by the development
 * assistant, not yet reviewed by a native speaker (see README, Languages).
 * Each message carries its English source above it, so a reviewer can read
 * the two side by side; tests/unit/i18n checks the comments stay the
 * English of today. Messages added for the published documents, the
 * Roadmap of Cooperation and the per-field merge (issue 15) are
 * machine-translated like the rest. Country names are CLDR's (Intl.DisplayNames), city
 * names a list to review; calendar words are CLDR's, for runtimes whose Intl
 * lacks Kyrgyz (Chromium, Electron).
 */
import type { Locale } from '../locale';

const messages = {
  menu: {
    // Export Workbook (XLSX)…
    exportXlsx: 'Иш китебин экспорттоо (XLSX)…',
    // Export Outcome Document (PDF)…
    exportReportPdf: 'Жыйынтык отчётту экспорттоо (PDF)…',
    // Export Outcome Document (DOCX)…
    exportReportDocx: 'Жыйынтык отчётту экспорттоо (DOCX)…',
    // Export Roadmap of Cooperation (PDF)…
    exportRoadmapPdf: 'Кызматташтыктын жол картасын экспорттоо (PDF)…',
    // Export Roadmap of Cooperation (DOCX)…
    exportRoadmapDocx: 'Кызматташтыктын жол картасын экспорттоо (DOCX)…',
    // Export Merge Summary (CSV)…
    exportMerges: 'Бириктирүүлөрдүн жыйынтыгын экспорттоо (CSV)…',
    // File
    file: 'Файл',
    // New Session…
    newSession: 'Жаңы сессия…',
    // Open Example…
    openExample: 'Үлгүнү ачуу…',
    // Import JSON…
    importJson: 'JSON импорттоо…',
    // Export JSON…
    exportJson: 'JSON экспорттоо…',
    // Export CSV…
    exportCsv: 'CSV экспорттоо…',
    // Export Outcome Document (HTML)…
    exportReport: 'Жыйынтык отчётту экспорттоо (HTML)…',
    // Export Timing Report (CSV)…
    exportTiming: 'Убакыт отчётун экспорттоо (CSV)…',
    // Edit
    edit: 'Түзөтүү',
    // Undo
    undo: 'Жокко чыгаруу',
    // Redo
    redo: 'Кайталоо',
    // View
    view: 'Көрүнүш',
    // Open Projector Window
    openProjector: 'Проектордун терезесин ачуу',
    // Close Projector Window
    closeProjector: 'Проектордун терезесин жабуу',
    // Window
    window: 'Терезе',
    // Help
    help: 'Жардам',
    // Keyboard Shortcuts
    shortcuts: 'Баскычтар айкалышы',
  },
  common: {
    // Cancel
    cancel: 'Жокко чыгаруу',
    // Dismiss
    dismiss: 'Жабуу',
    // Edit
    edit: 'Түзөтүү',
    // Delete
    delete: 'Өчүрүү',
    // Close
    close: 'Жабуу',
    // Segment
    segment: 'Сегмент',
    // Speaker
    speaker: 'Сүйлөөчү',
    // Status
    status: 'Абалы',
    // Country
    country: 'Өлкө',
    // Rapporteur
    rapporteur: 'Баяндамачы',
    // Not set
    notSet: 'Көрсөтүлгөн эмес',
    // Next: {{name}}
    next: 'Кийинки: {{name}}',
    // HH:mm
    timeFormat: 'СС:ММ',
    // YYYY-MM-DD
    dateFormat: 'ЖЖЖЖ-АА-КК',
  },
  duration: {
    // {{minutes}} min
    minutes: '{{minutes}} мүн',
    // {{hours}} h
    hours: '{{hours}} саат',
    // {{hours}} h {{minutes}} min
    hoursMinutes: '{{hours}} саат {{minutes}} мүн',
    // on time
    onTime: 'график боюнча',
    // a day or more
    dayOrMore: 'бир күн же андан көп',
    // a day or more late
    dayOrMoreLate: 'бир күн же андан көп кечигүү',
    // a day or more early
    dayOrMoreEarly: 'бир күн же андан көп эрте',
  },
  app: {
    // Moderator Console
    name: 'Модератордун пульту',
    // Loading the session…
    loading: 'Сессия жүктөлүүдө…',
    // Not saved:
    notSaved: 'Сакталган жок:',
    // Connection lost: reconnecting to the session host…
    connectionLost: 'Байланыш үзүлдү: сессиянын хостуна кайра туташууда…',
    // Connecting to the session host…
    connecting: 'Сессиянын хостуна туташууда…',
    // This link is no longer valid: ask the technician for the new one
    linkInvalid: 'Бул шилтеме мындан ары жарабайт: техниктен жаңысын сураңыз',
  },
  view: {
    // Show
    label: 'Көрсөтүү',
    // All panels
    all: 'Бардык панелдер',
    // Run of show
    runOfShow: 'Программа',
    // Speaker timer
    timer: 'Сүйлөөчүнүн таймери',
    // Recommendations
    recommendations: 'Сунуштар',
  },
  header: {
    // Clocks
    clocks: 'Сааттар',
    // {{place}} (venue)
    venueClock: '{{place}} (өтүүчү жер)',
    // No venue set
    noVenue: 'Өтүүчү жер көрсөтүлгөн эмес',
    // Time notice
    timeNotice: 'Убакыт алкактары боюнча убакыт',
    // Time: {{notice}}
    time: 'Убакыт: {{notice}}',
  },
  toolbar: {
    // Session
    label: 'Сессия',
    // Undo
    undo: 'Жокко чыгаруу',
    // Redo
    redo: 'Кайталоо',
    // Event details
    eventDetails: 'Иш-чара жөнүндө',
    // New session
    newSession: 'Жаңы сессия',
    // Open example
    openExample: 'Үлгүнү ачуу',
    // Dark theme
    darkTheme: 'Караңгы тема',
    // Language
    language: 'Тил',
    // View only
    viewOnly: 'Көрүү гана',
    // This link can show the session but not change it.
    viewOnlyHint: 'Бул шилтеме менен сессияны көрүүгө болот, бирок өзгөртүүгө болбойт.',
    // Rapporteur
    rapporteurOnly: 'Баяндамачы',
    // This link can capture and edit recommendations; the run-of-show and the timer are shown but not changed.
    rapporteurOnlyHint: 'Бул шилтеме менен сунуштарды жазып, оңдоого болот; программа жана таймер көрсөтүлөт, бирок өзгөртүлбөйт.',
    // Start a new blank session? The current one can be brought back with Undo.
    confirmNew: 'Жаңы бош сессия баштайсызбы? Учурдагысын «Жокко чыгаруу» менен кайтарууга болот.',
    // Open the example conference? The current session can be brought back with Undo.
    confirmExample: 'Конференциянын үлгүсүн ачасызбы? Учурдагы сессияны «Жокко чыгаруу» менен кайтарууга болот.',
  },
  event: {
    // Event title
    title: 'Иш-чаранын аталышы',
    // Venue
    venue: 'Өтүүчү жер',
    // Date
    date: 'Күнү',
    // Day starts at
    dayStart: 'Күндүн башталышы',
    // Venue time zone
    timeZone: 'Өтүүчү жердин убакыт алкагы',
    // Format
    format: 'Формат',
    // Organizers (one per line)
    organizers: 'Уюштуруучулар (ар бир сапка бирден)',
    // Participants' zones (one per line: Place = IANA zone)
    zones: 'Катышуучулардын убакыт алкактары (ар бир сапка бирден: Шаар = IANA алкагы)',
    // YYYY-MM-DD, for example 2027-03-28
    dateHint: 'ЖЖЖЖ-АА-КК, мисалы 2027-03-28',
    // 24-hour clock, HH:mm, for example 09:30
    timeHint: '24 сааттык убакыт, СС:ММ, мисалы 09:30',
    // Save event
    save: 'Иш-чараны сактоо',
  },
  eventFormat: {
    // in person
    'in-person': 'бетме-бет',
    // hybrid
    hybrid: 'гибриддик',
    // online
    online: 'онлайн',
  },
  runOfShow: {
    // Run of show
    label: 'Программа',
    // The event is dated {{date}}; today is {{today}} in {{zone}}. Planned and expected times are for the event date.
    otherDay: 'Иш-чаранын күнү {{date}}; бүгүн {{today}} ({{zone}}). Пландалган жана күтүлгөн убакыт иш-чаранын күнүнө берилген.',
    // Move the event to today
    moveToToday: 'Иш-чараны бүгүнкү күнгө жылдыруу',
    // Live segment time
    liveTime: 'Учурдагы сегменттин убактысы',
    // {{time}} over
    over: '{{time}} ашып кетти',
    // {{time}} left
    left: '{{time}} калды',
    // Day summary
    summary: 'Күндүн жыйынтыгы',
    // Live
    live: 'Азыр',
    // Nothing live
    nothingLive: 'Эч нерсе жүрүп жаткан жок',
    // Day
    day: 'Күн',
    // On time
    onTime: 'График боюнча',
    // Running {{duration}} late
    runningLate: '{{duration}} кечигүү',
    // Running {{duration}} early
    runningEarly: '{{duration}} алдыда',
    // Running a day or more late
    runningDayLate: 'Бир күн же андан көп кечигүү',
    // Running a day or more early
    runningDayEarly: 'Бир күн же андан көп алдыда',
    // against the plan published at {{time}}
    againstPublished: '{{time}} жарыяланган планга салыштырмалуу',
    // Projected end
    projectedEnd: 'Күтүлгөн аякташы',
    // published: {{time}}
    publishedEnd: 'жарыяланган: {{time}}',
    // planned: {{time}}
    plannedEnd: 'план боюнча: {{time}}',
    // the plan now ends at {{time}}: {{change}} against the published plan
    planChanged: 'план эми {{time}} аяктайт: жарыяланган планга салыштырмалуу {{change}}',
    // Publish the plan
    publish: 'Планды жарыялоо',
    // Publish the plan again
    publishAgain: 'Планды кайра жарыялоо',
    // Lateness is measured against the published plan. Publishing again accepts the changes made since.
    publishHint: 'Кечигүү жарыяланган пландан эсептелет. Кайра жарыялоо ошондон берки өзгөрүүлөрдү кабыл алат.',
    // Fixed starts
    fixedStarts: 'Бекитилген башталыштар',
    // {{title}}: {{warning}}
    fixedStart: '{{title}}: {{warning}}',
    // {{count}} segment not yet run ({{duration}}) is not in the projected end: move it after the live segment, or skip it.
    notYetRun_one: 'Азырынча өткөрүлө элек {{count}} сегмент ({{duration}}) күтүлгөн аякташка кирбейт: аны учурдагы сегменттен кийин жылдырыңыз же өткөрүп жибериңиз.',
    // {{count}} segments not yet run ({{duration}}) are not in the projected end: move them after the live segment, or skip them.
    notYetRun_other: 'Азырынча өткөрүлө элек {{count}} сегмент ({{duration}}) күтүлгөн аякташка кирбейт: аларды учурдагы сегменттен кийин жылдырыңыз же өткөрүп жибериңиз.',
    // The day starts at the first of the two {{time}}s of that night (the clocks go back).
    dayStartTwice: 'Күн ошол түнкү эки {{time}} убактысынын биринчисинде башталат (саат артка жылдырылат).',
    // No parts yet. Add a part to start building the run-of-show.
    noParts: 'Азырынча бөлүмдөр жок. Программаны түзүүнү баштоо үчүн бөлүм кошуңуз.',
    // New part title
    newPart: 'Жаңы бөлүмдүн аталышы',
    // Part III: …
    newPartPlaceholder: 'III бөлүм: …',
    // Add part
    addPart: 'Бөлүм кошуу',
  },
  part: {
    // Part title
    title: 'Бөлүмдүн аталышы',
    // Save part
    save: 'Бөлүмдү сактоо',
    // Rename
    rename: 'Атын өзгөртүү',
    // Rename part {{title}}
    renameLabel: '{{title}} бөлүмүнүн атын өзгөртүү',
    // Move part {{title}} up
    upLabel: '{{title}} бөлүмүн өйдө жылдыруу',
    // Move part {{title}} down
    downLabel: '{{title}} бөлүмүн ылдый жылдыруу',
    // Delete part {{title}}
    deleteLabel: '{{title}} бөлүмүн өчүрүү',
    // Delete part "{{title}}" and its {{count}} segment? Undo brings it back.
    confirmDelete_one: '«{{title}}» бөлүмүн жана анын {{count}} сегментин өчүрөсүзбү? «Жокко чыгаруу» аны кайтарат.',
    // Delete part "{{title}}" and its {{count}} segments? Undo brings it back.
    confirmDelete_other: '«{{title}}» бөлүмүн жана анын {{count}} сегментин өчүрөсүзбү? «Жокко чыгаруу» аны кайтарат.',
    // + Add segment
    addSegment: '+ Сегмент кошуу',
    // Add segment to {{title}}
    addSegmentLabel: '{{title}} бөлүмүнө сегмент кошуу',
  },
  segment: {
    // Drag to reorder (or Alt+Up / Alt+Down)
    dragHint: 'Тартибин өзгөртүү үчүн сүйрөңүз (же Alt+↑ / Alt+↓)',
    // Expected start
    expectedStart: 'Күтүлгөн башталышы',
    // planned {{range}}
    planned: 'план боюнча {{range}}',
    // fixed {{time}}
    fixed: 'так {{time}}',
    // fixed {{time}}, the first of the two that night (the clocks go back)
    fixedTwice: 'так {{time}}, ошол түнкү экөөнүн биринчиси (саат артка жылдырылат)',
    // published {{range}}
    published: 'жарыяланган {{range}}',
    // added after the plan was published
    addedSincePublished: 'план жарыялангандан кийин кошулган',
    // takes no time
    noTime: 'убакыт албайт',
    // actual {{range}}
    actual: 'иш жүзүндө {{range}}',
    // now
    now: 'азыр',
    // expected end {{time}}
    expectedEnd: 'күтүлгөн аякташы {{time}}',
    // {{count, number}} speaker
    speakers_one: '{{count, number}} сүйлөөчү',
    // {{count, number}} speakers
    speakers_other: '{{count, number}} сүйлөөчү',
    // Go live
    goLive: 'Баштоо',
    // Mark done
    markDone: 'Аяктоо',
    // Skip
    skip: 'Өткөрүп жиберүү',
    // Reset
    reset: 'Планга кайтаруу',
    // Move up
    moveUp: 'Өйдө',
    // Move down
    moveDown: 'Ылдый',
    // Delete "{{title}}"? Undo brings it back.
    confirmDelete: '«{{title}}» өчүрөсүзбү? «Жокко чыгаруу» аны кайтарат.',
    // Title
    title: 'Аталышы',
    // Kind
    kind: 'Түрү',
    // Planned minutes
    plannedMinutes: 'Пландалган узактыгы, мүн',
    // Hard start (optional)
    hardStart: 'Бекитилген башталышы (милдеттүү эмес)',
    // 24-hour clock, HH:mm, for example 14:30
    timeHint: '24 сааттык убакыт, СС:ММ, мисалы 14:30',
    // Warning phase (seconds left)
    warningSeconds: 'Эскертүү мезгили (аягына чейинки секунд)',
    // Final phase (seconds left)
    finalSeconds: 'Акыркы секунддар (аягына чейинки секунд)',
    // Chair or moderator
    chair: 'Төрага же модератор',
    // Notes
    notes: 'Эскертмелер',
    // New segment
    newSegment: 'Жаңы сегмент',
    // Add segment
    add: 'Сегмент кошуу',
    // Edit segment {{title}}
    editLabel: '{{title}} сегментин түзөтүү',
    // Save segment
    save: 'Сегментти сактоо',
    // Speakers
    speakersHeading: 'Сүйлөөчүлөр',
  },
  segmentStatus: {
    // Planned
    planned: 'Планда',
    // Live
    live: 'Жүрүп жатат',
    // Done
    done: 'Аяктады',
    // Skipped
    skipped: 'Өткөрүлдү',
    // Not yet run
    notYetRun: 'Өткөрүлө элек',
  },
  fixedStart: {
    // the plan starts it at {{planned}}, {{miss}} after its fixed {{fixed}}
    planMisses: 'план боюнча {{planned}} башталат, бекитилген {{fixed}} убактысынан {{miss}} кеч',
    // expected at {{expected}}, {{miss}} after its fixed {{fixed}}
    willMiss: '{{expected}} күтүлөт, бекитилген {{fixed}} убактысынан {{miss}} кеч',
    // {{left}} left of the {{slack}} of slack before its fixed {{fixed}}
    slackEaten: 'бекитилген {{fixed}} убактысына чейинки {{slack}} запастан {{left}} калды',
  },
  offDay: {
    // Go live on another day than the event’s?
    title: 'Иш-чаранын күнүнөн башка күнү баштайсызбы?',
    // The event is dated {{date}}; today is {{today}} in {{zone}}.
    text: 'Иш-чаранын күнү {{date}}; бүгүн {{today}} ({{zone}}).',
    // Move the event to today
    move: 'Иш-чараны бүгүнкү күнгө жылдыруу',
    // Keeps the times of day: the agenda runs today.
    moveHint: 'Күндүн убактысы сакталат: программа бүгүн өтөт.',
    // Run against the event date
    keep: 'Иш-чаранын күнү боюнча жүргүзүү',
    // Keeps the date: times on other days show their dates. Not asked again today.
    keepHint: 'Күнү сакталат: башка күндөрдөгү убакыт датасы менен көрсөтүлөт. Бүгүн кайра суралбайт.',
  },
  segmentKind: {
    // opening
    opening: 'ачылыш',
    // keynote
    keynote: 'негизги баяндама',
    // panel
    panel: 'панелдик талкуу',
    // debate
    debate: 'дебат',
    // presentation
    presentation: 'презентация',
    // break
    break: 'тыныгуу',
    // session
    session: 'сессия',
    // closing
    closing: 'жабылыш',
    // other
    other: 'башка',
  },
  speaker: {
    // Name or role
    name: 'Аты-жөнү же ролу',
    // Organization
    organization: 'Уюм',
    // Attendance
    attendance: 'Катышуусу',
    // Allotted minutes
    allotted: 'Бөлүнгөн мүнөт',
    // Edit speaker {{name}}
    editLabel: '{{name}} сүйлөөчүнү түзөтүү',
    // Save speaker
    save: 'Сүйлөөчүнү сактоо',
    // Edit speaker
    edit: 'Сүйлөөчүнү түзөтүү',
    // Up
    up: 'Өйдө',
    // Down
    down: 'Ылдый',
    // Remove speaker
    remove: 'Сүйлөөчүнү алып салуу',
    // New speaker
    newSpeaker: 'Жаңы сүйлөөчү',
    // Add speaker
    add: 'Сүйлөөчү кошуу',
  },
  attendance: {
    // in the room
    'in-room': 'залда',
    // remote
    remote: 'алыстан',
  },
  country: {
    // Kazakhstan
    KZ: 'Казакстан',
    // Kyrgyzstan
    KG: 'Кыргызстан',
    // Tajikistan
    TJ: 'Тажикстан',
    // Turkmenistan
    TM: 'Түркмөнстан',
    // Uzbekistan
    UZ: 'Өзбекстан',
    // International
    INT: 'Эл аралык уюмдар',
    // Other
    OTHER: 'Башкалар',
  },
  city: {
    // Almaty
    Almaty: 'Алматы',
    // Astana
    Astana: 'Астана',
    // Bishkek
    Bishkek: 'Бишкек',
    // Dushanbe
    Dushanbe: 'Душанбе',
    // Ashgabat
    Ashgabat: 'Ашхабад',
    // Tashkent
    Tashkent: 'Ташкент',
  },
  timer: {
    // Speaker timer
    heading: 'Сүйлөөчүнүн таймери',
    // Shortcuts (?)
    shortcuts: 'Баскычтар (?)',
    // No speaker selected
    noSpeaker: 'Сүйлөөчү тандалган жок',
    // Speaker time
    speakerTime: 'Сүйлөөчүнүн убактысы',
    // Timer controls
    controls: 'Таймерди башкаруу',
    // Start
    start: 'Баштоо',
    // Pause
    pause: 'Тындыруу',
    // Reset
    reset: 'Баштапкы абалга келтирүү',
    // Previous speaker
    previous: 'Мурунку сүйлөөчү',
    // Next speaker
    next: 'Кийинки сүйлөөчү',
    // Adjust time
    adjust: 'Убакытты тууралоо',
    // -1 min
    minusMinute: '-1 мүн',
    // -30 s
    minusHalf: '-30 сек',
    // +30 s
    plusHalf: '+30 сек',
    // +1 min
    plusMinute: '+1 мүн',
    // Set time left (min or min:s)
    setLabel: 'Калган убакыт (мүн же мүн:сек)',
    // Set time
    set: 'Убакытты коюу',
    // Enter minutes, or minutes:seconds (for example 3 or 2:30)
    setError: 'Мүнөттү же мүнөт:секундду жазыңыз (мисалы 3 же 2:30)',
    // Unplanned intervention by
    interventionBy: 'Пландалбаган сөз сүйлөгөн',
    // Delegate of …
    interventionPlaceholder: '… делегаты',
    // Time intervention
    intervention: 'Сөздү убакыт менен өлчөө',
    // Choose a segment…
    chooseSegment: 'Сегментти тандаңыз…',
    // Speaker queue
    queue: 'Сүйлөөчүлөрдүн кезеги',
    // Now: 
    now: 'Азыр: ',
    // Next: 
    nextInQueue: 'Кийинки: ',
    // Make current
    makeCurrent: 'Учурдагы кылуу',
    // Make current: {{name}}
    makeCurrentLabel: 'Учурдагы кылуу: {{name}}',
    // Speaking time by country
    balance: 'Өлкөлөр боюнча сөз убактысы',
    // Projection
    projection: 'Проекция',
    // Venue network
    network: 'Өтүүчү жердин тармагы',
    // {{time}} left in the segment
    segmentLeft: 'сегменттин аягына чейин {{time}}',
    // segment {{time}} over
    segmentOver: 'сегмент {{time}} ашып кетти',
    // segment ran {{ran}} (planned {{planned}})
    segmentRan: 'сегмент {{ran}} жүрдү (план боюнча {{planned}})',
    // segment not started (planned {{planned}})
    segmentNotStarted: 'сегмент баштала элек (план боюнча {{planned}})',
    // Back at {{time}}
    backAt: '{{time}} улантабыз',
    // Count down to a time of day (HH:mm)
    countdownToLabel: 'Күндүн убактысына чейин тескери эсептөө (СС:ММ)',
    // Count down
    countdownTo: 'Тескери эсептөө',
    startBlocked: {
      // Nothing to time yet: choose a segment below, or put one live in the run-of-show.
      noSegment: 'Азырынча өлчөй турган эч нерсе жок: төмөндөн сегмент тандаңыз же программада сегментти баштаңыз.',
      // The timer’s segment is no longer in the run-of-show: choose a segment below.
      segmentGone: 'Таймердин сегменти программада мындан ары жок: төмөндөн сегмент тандаңыз.',
      // The current speaker is no longer in the segment: choose a speaker in the queue below.
      speakerGone: 'Учурдагы сүйлөөчү сегментте мындан ары жок: төмөнкү кезектен сүйлөөчү тандаңыз.',
    },
    // Operator keys
    operatorKeys: 'Оператордун баскычтары',
    // N, P, B and R (next, previous, blackout, reset) act at once while the timer has the keyboard.
    operatorKeysHint: 'N, P, B жана R (кийинки, мурунку, караңгылатуу, баштапкы абал) таймер клавиатураны кармап турганда дароо иштейт.',
  },
  message: {
    // Message to the speaker
    legend: 'Сүйлөөчүгө билдирүү',
    // Showing:
    showing: 'Экранда:',
    // (flashing)
    flashing: '(жымыңдайт)',
    // Clear message
    clear: 'Билдирүүнү алып салуу',
    // Message text
    text: 'Билдирүүнүн тексти',
    // Send message
    send: 'Билдирүү жөнөтүү',
    // Flash the message
    flash: 'Билдирүүнү жымыңдатуу',
    // Blackout
    blackout: 'Караңгылатуу',
    // Clock of day
    clockOfDay: 'Күндүн сааты',
    // Auto-advance to the next speaker at zero
    autoAdvance: 'Нөлдө кийинки сүйлөөчүгө автоматтык түрдө өтүү',
    // Chime at warning and zero (on the projector)
    chime: 'Эскертүүдө жана нөлдө үн белгиси (проектордо)',
    presets: {
      // Please conclude
      conclude: 'Сураныч, жыйынтыктаңыз',
      // 1 minute
      oneMinute: '1 мүнөт',
      // Time is up
      timeUp: 'Убакыт бүттү',
      // Please speak closer to the microphone
      microphone: 'Сураныч, микрофонго жакыныраак сүйлөңүз',
    },
  },
  phase: {
    // Ready
    idle: 'Даяр',
    // Paused
    paused: 'Тындырылды',
    // Speaking
    normal: 'Сүйлөп жатат',
    // Time nearly up
    warning: 'Убакыт бүтүп баратат',
    // Final seconds
    final: 'Акыркы секунддар',
    // Overtime
    overtime: 'Убакыттан ашты',
  },
  balance: {
    // Speaking time by country (day)
    caption: 'Өлкөлөр боюнча сөз убактысы (күн)',
    // Spoken
    spoken: 'Сүйлөдү',
    // Allotted
    allotted: 'Бөлүндү',
    // Share of allotted
    share: 'Бөлүнгөндөн үлүшү',
    // {{country}}: {{percent, number}}% of allotted
    shareOf: '{{country}}: бөлүнгөндүн {{percent, number}}%',
    // Download timing report (CSV)
    download: 'Убакыт отчётун жүктөп алуу (CSV)',
  },
  shortcuts: {
    // Keyboard shortcuts
    title: 'Баскычтар айкалышы',
    // Keys act where you are. The timer’s single keys work only while the Speaker timer has the keyboard (click in it or Tab into it), never in a text field; there Space starts or pauses, and Enter presses the focused button.
    intro: 'Баскычтар сиз иштеп жаткан жерде иштейт. Таймердин жалгыз баскычтары «Сүйлөөчүнүн таймери» клавиатураны кармап турганда гана иштейт (анын ичин басыңыз же Tab менен өтүңүз), текст талаасында эч качан; ал жерде боштук баскычы таймерди баштайт же тындырат, ал эми Enter тандалган баскычты басат.',
    // Key
    key: 'Баскыч',
    // Action
    action: 'Аракет',
    // Where
    where: 'Кайда',
    // with Operator keys on
    withOperatorKeys: 'оператордун баскычтары күйүк болгондо',
    // Space
    space: 'Боштук',
    actions: {
      // Start / pause the speaker timer
      startPause: 'Сүйлөөчүнүн таймерин баштоо / тындыруу',
      // Next speaker
      next: 'Кийинки сүйлөөчү',
      // Previous speaker
      previous: 'Мурунку сүйлөөчү',
      // Add / remove one minute
      minute: 'Бир мүнөт кошуу / алуу',
      // Add / remove 30 seconds
      halfMinute: '30 секунд кошуу / алуу',
      // Blackout on / off
      blackout: 'Караңгылатууну күйгүзүү / өчүрүү',
      // Reset the speaker’s time
      reset: 'Сүйлөөчүнүн убактысын баштапкы абалга келтирүү',
      // Undo
      undo: 'Жокко чыгаруу',
      // Redo
      redo: 'Кайталоо',
      // Move the focused segment up / down
      moveSegment: 'Тандалган сегментти өйдө / ылдый жылдыруу',
      // Show this help
      help: 'Ушул жардамды көрсөтүү',
    },
    areas: {
      // Speaker timer
      timer: 'Сүйлөөчүнүн таймери',
      // Run of show (its own edits)
      runOfShow: 'Программа (өзүнүн оңдоолору)',
      // Recommendations (your own changes)
      recommendations: 'Сунуштар (өзүңүздүн өзгөртүүлөрүңүз)',
      // Anywhere but a text field
      anywhere: 'Текст талаасынан башка бардык жерде',
    },
  },
  history: {
    // Go live
    goLive: 'Баштоо',
    // Mark done
    markDone: 'Аяктоо',
    // Skip
    skip: 'Өткөрүп жиберүү',
    // Reset
    resetSegment: 'Планга кайтаруу',
    // Publish the plan
    publishPlan: 'Планды жарыялоо',
    // Import agenda
    importPlan: 'Программаны импорттоо',
    // Edit segment
    editSegment: 'Сегментти түзөтүү',
    // Add segment
    addSegment: 'Сегмент кошуу',
    // Delete segment
    deleteSegment: 'Сегментти өчүрүү',
    // Move segment
    moveSegment: 'Сегментти жылдыруу',
    // Add part
    addPart: 'Бөлүм кошуу',
    // Rename part
    renamePart: 'Бөлүмдүн атын өзгөртүү',
    // Delete part
    deletePart: 'Бөлүмдү өчүрүү',
    // Move part
    movePart: 'Бөлүмдү жылдыруу',
    // Add speaker
    addSpeaker: 'Сүйлөөчү кошуу',
    // Edit speaker
    editSpeaker: 'Сүйлөөчүнү түзөтүү',
    // Remove speaker
    removeSpeaker: 'Сүйлөөчүнү алып салуу',
    // Move speaker
    moveSpeaker: 'Сүйлөөчүнү жылдыруу',
    // Event details
    editEvent: 'Иш-чара жөнүндө',
    // New session
    newSession: 'Жаңы сессия',
    // Open example
    openExample: 'Үлгүнү ачуу',
    // Add recommendation
    addRecommendation: 'Сунуш кошуу',
    // Edit
    editRecommendation: 'Түзөтүү',
    // Merge
    mergeRecommendation: 'Бириктирүү',
    // Import
    importRecommendations: 'Импорт',
    // Resolve conflict
    resolveConflict: 'Карама-каршылыкты чечүү',
  },
  projector: {
    // Display
    display: 'Экран',
    // Automatic (the last one used, else an external display)
    automatic: 'Автоматтык (акыркы колдонулган, болбосо тышкы экран)',
    // , main
    main: ', негизги',
    // Open projector
    open: 'Проекторду ачуу',
    // Close projector
    close: 'Проекторду жабуу',
    // Open projector view
    openView: 'Проектордун көрүнүшүн ачуу',
    // Open stage view
    openStage: 'Сахнанын көрүнүшүн ачуу',
    // Projector
    projector: 'Проектор',
    // Stage view
    stage: 'Сахнанын көрүнүшү',
    // Time remaining
    timeRemaining: 'Калган убакыт',
    // Connection lost — reconnecting…
    connectionLost: 'Байланыш үзүлдү — кайра туташууда…',
    // Connecting…
    connecting: 'Туташууда…',
    // Offline: counting on from the last known time
    offline: 'Байланыш жок: акыркы белгилүү убакыттан эсептөө уланууда',
    // Projector speaks
    language: 'Проектордун тили',
    // Stage speaks
    stageLanguage: 'Сахнанын тили',
    // As the console
    sameAsConsole: 'Пульттагыдай',
  },
  recovery: {
    // Recovery notes
    label: 'Калыбына келтирүү жазуулары',
    // The session was recovered
    recovered: 'Сессия калыбына келтирилди',
    // The session could not be recovered
    unrecoverable: 'Сессияны калыбына келтирүү мүмкүн болгон жок',
    // The session was converted to the new file format
    migrated: 'Сессия жаңы файл форматына өткөрүлдү',
    // A backup was restored
    restored: 'Камдык көчүрмө калыбына келтирилди',
    // A saved change was left out
    'left-out': 'Сакталган бир өзгөртүү кошулган жок',
    // I have read this
    acknowledge: 'Окудум',
    // Could not mark it as read: {{message}}
    failed: 'Окулду деп белгилөө мүмкүн болгон жок: {{message}}',
  },
  storage: {
    // Not saved: the disk is full. Changes are refused until there is free space again; everything saved before is safe.
    'disk-full': 'Сакталган жок: диск толук. Бош орун пайда болмоюнча өзгөртүүлөр кабыл алынбайт; мурда сакталгандардын баары коопсуз.',
    // Not saved: the session folder is read-only. Changes are refused until it can be written again; everything saved before is safe.
    'read-only': 'Сакталган жок: сессиянын папкасы окуу үчүн гана. Ага кайра жазуу мүмкүн болмоюнча өзгөртүүлөр кабыл алынбайт; мурда сакталгандардын баары коопсуз.',
    // Not saved: the disk reported an error. Changes are refused until it works again; everything saved before is safe.
    io: 'Сакталган жок: диск ката билдирди. Ал кайра иштемейинче өзгөртүүлөр кабыл алынбайт; мурда сакталгандардын баары коопсуз.',
    // Not saved: the session file is damaged. Restart Moderator Console to recover it from its backups; everything saved before is safe.
    damaged: 'Сакталган жок: сессиянын файлы бузулган. Аны камдык көчүрмөлөрдөн калыбына келтирүү үчүн Moderator Console’ду кайра иштетиңиз; мурда сакталгандардын баары коопсуз.',
    // Since {{time}}.
    since: '{{time}} тартып.',
  },
  backups: {
    // Backups
    open: 'Камдык көчүрмөлөр',
    // Backups
    title: 'Камдык көчүрмөлөр',
    // Taken every 5 minutes while the session changes and when it closes; the last 10 and one a day are kept, in the backups folder of the session.
    intro: 'Сессия өзгөргөндө ар бир 5 мүнөт сайын жана ал жабылганда түзүлөт; акыркы 10у жана күнүнө бирөөсү сессиянын backups папкасында сакталат.',
    // Take a backup now
    take: 'Азыр камдык көчүрмө түзүү',
    // Backup taken: {{time}}.
    taken: 'Камдык көчүрмө түзүлдү: {{time}}.',
    // No backups yet.
    none: 'Азырынча камдык көчүрмөлөр жок.',
    // Backups, newest first
    list: 'Камдык көчүрмөлөр, эң жаңысы башында',
    // automatic
    interval: 'автоматтык',
    // at close
    quit: 'жабылганда',
    // taken by hand
    manual: 'кол менен түзүлгөн',
    // {{time}}, {{reason}}, up to change {{seq}}, {{size}}
    item: '{{time}}, {{reason}}, {{seq}}-өзгөртүүгө чейин, {{size}}',
    // Restore
    restore: 'Калыбына келтирүү',
    // Restore the backup of {{time}}
    restoreNamed: '{{time}} камдык көчүрмөсүн калыбына келтирүү',
    // Replace the session with the backup of {{time}}? Every console and view will show it at once. The session as it is now is kept in the kept folder of the session, and can be brought back only from there or from a later backup.
    confirmRestore: 'Сессияны {{time}} камдык көчүрмөсү менен алмаштырасызбы? Ар бир консоль жана көрүнүш аны дароо көрсөтөт. Азыркы сессия сессиянын kept папкасында сакталат жана аны ошол жерден же кийинки камдык көчүрмөдөн гана кайтарууга болот.',
    // The backup of {{time}} was restored.
    restored: '{{time}} камдык көчүрмөсү калыбына келтирилди.',
  },
  lan: {
    // Projector (read-only)
    projector: 'Проектор (көрүү гана)',
    // Stage view (read-only)
    stage: 'Сахнанын көрүнүшү (көрүү гана)',
    // Control (run-of-show and timer)
    control: 'Башкаруу (программа жана таймер)',
    // Rapporteur (recommendations, on a second laptop)
    rapporteur: 'Баяндамачы (сунуштар, экинчи ноутбукта)',
    // Control on a phone
    phone: 'Телефондон башкаруу',
    // Network views
    toggle: 'Тармактык көрүнүштөр',
    // On: browsers on the venue network can connect with a token.
    on: 'Күйүк: өтүүчү жердин тармагындагы браузерлер токен менен туташа алат.',
    // Off: only this computer can connect.
    off: 'Өчүк: бул компьютер гана туташа алат.',
    // No network interface found; only this computer can connect.
    noInterface: 'Тармак интерфейси табылган жок; бул компьютер гана туташа алат.',
    // Rotate tokens
    rotate: 'Токендерди алмаштыруу',
    // Network views are managed on the technician's console.
    elsewhere: 'Тармактык көрүнүштөр техниктин пультунда башкарылат.',
  },
  control: {
    // Speaker timer control
    label: 'Сүйлөөчүнүн таймерин башкаруу',
    // No segment is live
    nothingLive: 'Эч бир сегмент жүрүп жаткан жок',
    // Ready-made messages
    presets: 'Даяр билдирүүлөр',
  },
  osc: {
    // Show control (OSC)
    legend: 'Шоуну башкаруу (OSC)',
    // UDP port
    port: 'UDP порту',
    // Desks allowed to send (IP addresses)
    senders: 'Жөнөтүүгө уруксат берилген пульттар (IP даректер)',
    // OSC on
    toggle: 'OSC күйүк',
    // Listening on UDP port {{port}}.
    on: 'UDP {{port}} портун угуп турат.',
    // Off: nothing listens for OSC.
    off: 'Өчүк: OSC кабыл алынбайт.',
  },
  rec: {
    // Recommendations
    heading: 'Сунуштар',
    // Rapporteur name
    rapporteurName: 'Баяндамачынын аты',
    // Recommendation changes
    changes: 'Сунуштардагы өзгөртүүлөр',
    // Revert last change
    revert: 'Акыркы өзгөртүүнү жокко чыгаруу',
    // Reapply change
    reapply: 'Өзгөртүүнү кайра колдонуу',
    // Saved: {{text}}
    saved: 'Сакталды: {{text}}',
    // Quick capture
    quickCapture: 'Тез жазуу',
    // New recommendation
    new: 'Жаңы сунуш',
    // Type as it is spoken; Enter saves, Shift+Enter starts a new line
    newPlaceholder: 'Айтылганда эле жазыңыз; Enter сактайт, Shift+Enter жаңы сап баштайт',
    // Add recommendation
    add: 'Сунуш кошуу',
    // Follow the live segment
    followLive: 'Учурдагы сегментти ээрчүү',
    // Not attached to a segment
    notAttached: 'Сегментке байланган эмес',
    // ● {{title}} (live)
    liveSegment: '● {{title}} (жүрүп жатат)',
    // {{title}} (another session)
    otherSession: '{{title}} (башка сессия)',
    // A segment no longer in the run-of-show
    segmentGone: 'Программада мындан ары жок сегмент',
    // No speaker
    noSpeaker: 'Сүйлөөчүсүз',
    // A speaker no longer in the run-of-show
    speakerGone: 'Программада мындан ары жок сүйлөөчү',
    // Edit recommendation {{label}}
    editLabel: '{{label}} сунушун түзөтүү',
    // Recommendation text
    text: 'Сунуштун тексти',
    // Short title
    shortTitle: 'Кыска аталышы',
    // Priority
    priority: 'Артыкчылыгы',
    // Merged into: {{label}}
    mergedInto: 'Бириктирилди: {{label}}',
    // a recommendation not in this record
    mergedElsewhere: 'бул жазууда жок сунуш',
    // WPS pillar
    pillar: 'АТК багыты',
    // Expected outcome
    outcome: 'Күтүлгөн натыйжа',
    // Conference objective
    objective: 'Конференциянын максаты',
    // Countries concerned
    countries: 'Тиешелүү өлкөлөр',
    // Addressed to
    addressees: 'Кимге багытталган',
    // Tags (comma-separated)
    tags: 'Тегдер (үтүр менен)',
    // Done
    done: 'Даяр',
    // Created {{time}}
    created: '{{time}} түзүлдү',
    // , last changed {{time}}
    changed: ', акыркы өзгөртүү {{time}}',
    // Possible duplicate of:
    duplicateOf: 'Кайталанышы мүмкүн:',
    // ({{percent, number}}% alike)
    alike: '({{percent, number}}% окшош)',
    // Merge this recommendation into “{{label}}”
    mergeLabel: 'Бул сунушту «{{label}}» сунушуна бириктирүү',
    // Merge into it
    merge: 'Ага бириктирүү',
    // {{priority}} priority
    priorityOf: '{{priority}} артыкчылык',
    // {{count, number}} recommendation
    count_one: '{{count, number}} сунуш',
    // {{count, number}} recommendations
    count_other: '{{count, number}} сунуш',
    // {{found, number}} of {{total, number}} recommendations match
    matching: '{{total, number}} сунуштун {{found, number}} дал келет',
    //  · showing {{first}}–{{last}}
    showing: ' · {{first}}–{{last}} көрсөтүлдү',
    // No pillar yet
    noPillar: 'Багыты азырынча жок',
    // Pages of recommendations
    pages: 'Сунуштардын барактары',
    // Previous page
    previousPage: 'Мурунку барак',
    // Next page
    nextPage: 'Кийинки барак',
    // Page {{page}} of {{pages}}
    page: '{{pages}} барактын {{page}}-барагы',
  },
  find: {
    // Find recommendations
    label: 'Сунуштарды табуу',
    // Search recommendations
    search: 'Сунуштардан издөө',
    // Pillar
    pillar: 'Багыты',
    // Any pillar
    anyPillar: 'Каалаган багыт',
    // Any status
    anyStatus: 'Каалаган абал',
    // Any country
    anyCountry: 'Каалаган өлкө',
    // Any segment
    anySegment: 'Каалаган сегмент',
    // Not attached
    notAttached: 'Байланган эмес',
    // Any rapporteur
    anyRapporteur: 'Каалаган баяндамачы',
    // Sort
    sort: 'Иреттөө',
    // Group by
    groupBy: 'Топтоо',
  },
  sort: {
    // Newest first
    newest: 'Адегенде жаңылары',
    // Oldest first
    oldest: 'Адегенде эскилери',
    // Recently edited
    updated: 'Жакында түзөтүлгөндөр',
    // Priority
    priority: 'Артыкчылыгы',
    // Title
    title: 'Аталышы',
  },
  grouping: {
    // No grouping
    none: 'Топтоосуз',
    // WPS pillar
    pillar: 'АТК багыты',
    // Segment
    segment: 'Сегмент',
  },
  agendaFiles: {
    // Agenda files
    group: 'Программанын файлдары',
    // Import agenda (XLSX, CSV)…
    import: 'Программаны импорттоо (XLSX, CSV)…',
    // Agenda template (CSV)
    template: 'Программанын үлгүсү (CSV)',
    // Programme (PDF)
    exportPdf: 'Программа (PDF)',
    // Agenda (XLSX)
    exportXlsx: 'Программа (XLSX)',
    // Calendar (.ics)
    exportIcs: 'Календарь (.ics)',
    // Import the agenda from {{source}}
    previewTitle: '{{source}} файлынан программаны импорттоо',
    // Nothing changes until you press Import. The import is one step: Undo takes it back.
    previewIntro: '«Импорттоо» баскычын баспасаңыз, эч нерсе өзгөрбөйт. Импорт — бир кадам: «Жокко чыгаруу» баарын кайтарат.',
    // Parts to create: {{parts}}. Segments to create: {{segments}}.
    toCreate: 'Түзүлө турган бөлүктөр: {{parts}}. Түзүлө турган сегменттер: {{segments}}.',
    // The current run-of-show
    mode: 'Учурдагы программа',
    // Replace it with the imported agenda
    replace: 'Аны импорттолгон программа менен алмаштыруу',
    // Keep it and add the imported agenda after it
    append: 'Аны калтырып, импорттолгон программаны аягына кошуу',
    // The day will start at {{time}} (now {{now}}), the first segment’s fixed start.
    dayStartMoves: 'Күн {{time}} башталат (азыр {{now}}) — биринчи сегменттин белгиленген башталышы.',
    // What will be created
    rows: 'Эмне түзүлөт',
    // Problems found
    issues: 'Табылган каталар',
    // No problems found.
    noIssues: 'Ката табылган жок.',
    // Fix these problems in the file and import it again. Nothing has changed.
    blocked: 'Файлдагы бул каталарды оңдоп, аны кайра импорттоңуз. Эч нерсе өзгөргөн жок.',
    // Error
    error: 'Ката',
    // Warning
    warning: 'Эскертүү',
    // Row {{row}}, column {{column}}: {{message}}
    issueAt: '{{row}}-сап, {{column}} мамычасы: {{message}}',
    // Row {{row}}: {{message}}
    issueAtRow: '{{row}}-сап: {{message}}',
    // The file: {{message}}
    issueFile: 'Файл: {{message}}',
    // Import
    confirm: 'Импорттоо',
    // Row
    row: 'Сап',
    // Part
    part: 'Бөлүк',
    // Title
    title: 'Аталышы',
    // Kind
    kind: 'Түрү',
    // Duration
    duration: 'Узактыгы',
    // Fixed start
    fixedStart: 'Белгиленген башталышы',
    // Moderator
    moderator: 'Модератор',
    // Speakers
    speakers: 'Сүйлөөчүлөр',
    // {{name}} ({{country}}, {{minutes}} min)
    speakerLine: '{{name}} ({{country}}, {{minutes}} мүн)',
    // has a problem
    rowHasError: 'катасы бар',
    // Imported {{source}}: {{segments}} segments. Undo takes the import back.
    imported: '{{source}} импорттолду: {{segments}} сегмент. «Жокко чыгаруу» импортту кайтарат.',
    // Nothing was imported: {{where}}: {{message}}
    failed: 'Эч нерсе импорттолгон жок: {{where}}: {{message}}',
    // Saved {{fileName}}
    saved: 'Сакталды: {{fileName}}',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Экспорт ишке ашкан жок: {{where}}: {{message}}',
    // Not done: {{message}}
    notDone: 'Аткарылган жок: {{message}}',
    doc: {
      // Programme
      programme: 'Программа',
      // Time ({{place}})
      time: 'Убакыт ({{place}})',
      // Local times
      localTimes: 'Жергиликтүү убакыт',
      // Moderator: {{name}}
      moderator: 'Модератор: {{name}}',
      // Speakers: {{names}}
      speakers: 'Сүйлөөчүлөр: {{names}}',
      // fixed start
      fixedStart: 'белгиленген башталышы',
      // {{minutes}} min
      minutes: '{{minutes}} мүн',
      // Planned times. Made by Moderator Console on {{date}}.
      made: 'Пландалган убакыт. Moderator Console менен {{date}} даярдалды.',
      // Part: {{part}}
      calendarDescription: 'Бөлүк: {{part}}',
    },
  },
  files: {
    // Publish
    publish: 'Жарыялоо',
    // File to export
    format: 'Экспорттолуучу файл',
    // Export
    export: 'Экспорттоо',
    // With an annex of the not-agreed recommendations
    annex: 'Макулдашылбаган сунуштардын тиркемеси менен',
    formats: {
      // Outcome document (PDF)
      'report-pdf': 'Жыйынтык отчёт (PDF)',
      // Outcome document (DOCX, to edit)
      'report-docx': 'Жыйынтык отчёт (DOCX, түзөтүү үчүн)',
      // Outcome document (HTML)
      report: 'Жыйынтык отчёт (HTML)',
      // Roadmap of Cooperation (PDF)
      'roadmap-pdf': 'Кызматташтыктын жол картасы (PDF)',
      // Roadmap of Cooperation (DOCX, to edit)
      'roadmap-docx': 'Кызматташтыктын жол картасы (DOCX, түзөтүү үчүн)',
      // Workbook: recommendations, roadmap, timing (XLSX)
      xlsx: 'Иш китеби: сунуштар, жол картасы, убакыт (XLSX)',
      // Recommendations (CSV, for tools)
      csv: 'Сунуштар (CSV, программалар үчүн)',
      // Merge summary (CSV)
      merges: 'Бириктирүүлөрдүн жыйынтыгы (CSV)',
    },
    // Export and import
    group: 'Экспорт жана импорт',
    // Export JSON
    exportJson: 'JSON экспорттоо',
    // Import JSON
    importJson: 'JSON импорттоо',
    // Saved {{fileName}}
    saved: '{{fileName}} сакталды',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Экспорт ишке ашкан жок: {{where}}: {{message}}',
    // Nothing was imported: {{where}}: {{message}}
    importFailed: 'Эч нерсе импорттолгон жок: {{where}}: {{message}}',
    // Imported {{source}}: {{added}} new, {{updated}} updated, {{unchanged}} unchanged, {{conflicts}}
    imported: '{{source}} импорттолду: {{added}} жаңы, {{updated}} жаңыртылды, {{unchanged}} өзгөрүүсүз, {{conflicts}}',
    // Not done: {{message}}
    notDone: 'Аткарылган жок: {{message}}',
  },
  conflict: {
    // Field
    field: 'Талаа',
    // Before (both had)
    base: 'Мурда (эки тарапта тең болгон)',
    // Choice
    choice: 'Тандоо',
    // Keep ours
    keep: 'Биздикин калтыруу',
    // Take theirs
    take: 'Алардыкын алуу',
    // Write anew
    write: 'Жаңыдан жазуу',
    // {{field}}: new text
    newText: '{{field}}: жаңы текст',
    // {{field}}: which version
    choose: '{{field}}: кайсы версия',
    // changed on both sides
    bothChanged: 'эки тарапта тең өзгөртүлгөн',
    // The version both sides had is not known here: choose for each field.
    noBase: 'Эки тарапта тең болгон версия бул жерде белгисиз: ар бир талаа үчүн тандаңыз.',
    // Resolve with these choices
    resolve: 'Ушул тандоолор менен чечүү',
    // Segment and speaker
    attachment: 'Сегмент жана сүйлөөчү',
    // {{count, number}} conflict to resolve
    count_one: 'Чечиле турган {{count, number}} карама-каршылык',
    // {{count, number}} conflicts to resolve
    count_other: 'Чечиле турган {{count, number}} карама-каршылык',
    // Changed here and in {{source}} (imported {{time}}).
    changedBoth: 'Бул жерде да, {{source}} ичинде да өзгөртүлгөн ({{time}} импорттолгон).',
    // Ours
    ours: 'Биздики',
    // Theirs ({{source}})
    theirs: 'Алардыкы ({{source}})',
    // Keep ours
    keepOurs: 'Биздикин калтыруу',
    // Take theirs
    takeTheirs: 'Алардыкын алуу',
    // (empty)
    empty: '(бош)',
    // Text
    text: 'Текст',
    // Title
    title: 'Аталышы',
    // Objective
    objective: 'Максаты',
    // Countries
    countries: 'Өлкөлөр',
    // Tags
    tags: 'Тегдер',
  },
  refusal: {
    // {{place}}: {{problem}}
    at: '{{place}}: {{problem}}',
    // {{place}}, line {{line}}
    line: '{{place}}, {{line}}-сап',
    where: {
      // Title
      title: 'Аталышы',
      // Venue
      venue: 'Өтүүчү жер',
      // Date
      date: 'Күнү',
      // Day starts at
      dayStart: 'Күндүн башталышы',
      // Venue time zone
      timeZone: 'Өтүүчү жердин убакыт алкагы',
      // Organizers
      organizers: 'Уюштуруучулар',
      // Participants' zones
      zones: 'Катышуучулардын убакыт алкактары',
      // Hard start
      hardStart: 'Бекитилген башталышы',
      // Planned minutes
      minutes: 'Пландалган мүнөттөр',
      // Warning phase
      warning: 'Эскертүү мезгили',
      // Final phase
      final: 'Акыркы мезгил',
      // Chair or moderator
      chair: 'Төрага же модератор',
      // Notes
      notes: 'Эскертмелер',
      // Name or role
      name: 'Аты-жөнү же ролу',
      // Organization
      organization: 'Уюм',
      // Allotted minutes
      allotted: 'Бөлүнгөн мүнөт',
      // Set time
      setTime: 'Убакытты коюу',
      // Count down to
      backAt: 'Тескери эсептөө убактысы',
    },
    problem: {
      // write something here.
      empty: 'бул жерге бир нерсе жазыңыз.',
      // at most {{max}} characters, please.
      tooLong: 'эң көп {{max}} белги.',
      // at most {{max}} lines.
      tooMany: 'эң көп {{max}} сап.',
      // write it as YYYY-MM-DD, a real date between 1970 and 2100 (for example 2027-03-28).
      date: 'ЖЖЖЖ-АА-КК түрүндө, 1970 жана 2100-жылдар ортосундагы чыныгы күндү жазыңыз (мисалы 2027-03-28).',
      // write it on the 24-hour clock as HH:mm, from 00:00 to 23:59 (for example 14:30).
      timeOfDay: '24 сааттык СС:ММ түрүндө, 00:00дөн 23:59га чейин жазыңыз (мисалы 14:30).',
      // not a time zone this computer knows. Write it as Region/City, for example Europe/Brussels.
      zoneUnknown: 'бул компьютер мындай убакыт алкагын билбейт. Аны Аймак/Шаар түрүндө жазыңыз, мисалы Europe/Brussels.',
      // “{{place}}” is already on line {{line}}; list each place once.
      placeTwice: '«{{place}}» {{line}}-сапта бар; ар бир жерди бир жолу көрсөтүңүз.',
      // {{time}} does not exist on {{date}} in {{zone}}: the clocks go forward from {{from}} to {{to}} that night. Choose another time.
      timeSkipped: '{{time}} убактысы {{date}} күнү {{zone}} алкагында жок: ошол түнү саат {{from}} убактысынан {{to}} убактысына алдыга жылдырылат. Башка убакыт тандаңыз.',
      // {{time}} is before {{before}}, a fixed start earlier in the run-of-show (or the start of the day): fixed starts must follow the order of the run-of-show.
      hardStartOrder: '{{time}} убактысы {{before}} убактысынан эрте, ал программада жогорураак турган бекитилген башталыш (же күндүн башталышы): бекитилген башталыштар программанын тартиби менен жүрүшү керек.',
      // at least {{count}} min.
      atLeastMinutes: 'кеминде {{count}} мүн.',
      // at least {{count}} s.
      atLeastSeconds: 'кеминде {{count}} сек.',
      // at most {{count}} h.
      atMostHours: 'эң көп {{count}} саат.',
      // write a number.
      number: 'сан жазыңыз.',
      // the final phase ({{final}} left) must begin after the warning phase ({{warning}} left): make it shorter than the warning.
      finalAfterWarning: 'акыркы мезгил ({{final}} калганда) эскертүү мезгилинен ({{warning}} калганда) кийин башталышы керек: аны эскертүүдөн кыскараак кылыңыз.',
      // the warning ({{warning}} left) would begin before {{name}} has spoken at all ({{allotted}} allotted): make it shorter.
      warningTooLong: 'эскертүү ({{warning}} калганда) {{name}} сүйлөй электе башталып калат ({{allotted}} бөлүнгөн): аны кыскартыңыз.',
      // {{name}} needs more time ({{allotted}}) than the segment’s warning ({{warning}} left), or 0 to count up.
      speakerTooShort: '{{name}} үчүн сегменттин эскертүүсүнөн ({{warning}} калганда) көбүрөөк убакыт ({{allotted}}) керек, же түз эсептөө үчүн 0.',
      // a speaker’s time is at most 4 hours in all: with {{spoken}} already spoken, at most {{left}} can be left.
      setOverCap: 'бир сүйлөөчүнүн убактысы баары болуп эң көп 4 саат: {{spoken}} сүйлөнүп калган, эң көп {{left}} калтырууга болот.',
      // a speaker’s time is at most 4 hours in all.
      adjustOverCap: 'бир сүйлөөчүнүн убактысы баары болуп эң көп 4 саат.',
      // there is not that much time left to take away.
      adjustNegative: 'алып салууга анча убакыт калган жок.',
      // {{time}} has already passed today in {{zone}} (it is {{now}}).
      timePassed: '{{time}} бүгүн {{zone}} алкагында өтүп кетти (азыр {{now}}).',
      // {{time}} is more than 4 hours away; a countdown is at most 4 hours.
      timeTooFar: '{{time}} убактысына чейин 4 сааттан ашык; тескери эсептөө эң көп 4 саат.',
      // the countdown to {{time}} runs to that time and can not be paused: choose another time, or a speaker.
      countdownNoPause: '{{time}} убактысына чейинки тескери эсептөө ошол убакытка чейин жүрөт жана тындырылбайт: башка убакыт же сүйлөөчү тандаңыз.',
      // the countdown to {{time}} moves only by choosing another time.
      countdownNoAdjust: '{{time}} убактысына чейинки тескери эсептөө башка убакыт тандоо менен гана өзгөрөт.',
      // the countdown to {{time}} has no start to go back to: choose another time, or a speaker.
      countdownNoReset: '{{time}} убактысына чейинки тескери эсептөөнүн кайтып бара турган башы жок: башка убакыт же сүйлөөчү тандаңыз.',
    },
  },
  recStatus: {
    // Draft
    draft: 'Долбоор',
    // Proposed
    proposed: 'Сунушталды',
    // Agreed
    agreed: 'Макулдашылды',
    // Not agreed
    'not-agreed': 'Макулдашылган жок',
    // Merged
    merged: 'Бириктирилди',
  },
  priority: {
    // High
    high: 'Жогорку',
    // Medium
    medium: 'Орточо',
    // Low
    low: 'Төмөн',
  },
  pillar: {
    // Prevention
    prevention: 'Алдын алуу',
    // Participation
    participation: 'Катышуу',
    // Protection
    protection: 'Коргоо',
    // Relief and recovery
    'relief-and-recovery': 'Жардам жана калыбына келтирүү',
  },
  objective: {
    // Women's participation in politics and decision-making; gender in security and conflict-prevention policy
    'participation-and-security-policy': 'Аялдардын саясатка жана чечим кабыл алууга катышуусу; коопсуздук жана чыр-чатактардын алдын алуу саясатындагы гендердик аспект',
    // Conflict prevention; women's role in trust-building, reconciliation, peacekeeping and diplomacy
    'prevention-and-trust': 'Чыр-чатактардын алдын алуу; ишенимди чыңдоодо, элдештирүүдө, тынчтыкты сактоодо жана дипломатияда аялдардын ролу',
    // Legislative initiatives for the Women, Peace and Security agenda
    legislation: '«Аялдар, тынчтык жана коопсуздук» күн тартиби боюнча мыйзамдык демилгелер',
  },
  outcome: {
    // Roadmap of Cooperation
    roadmap: 'Кызматташтыктын жол картасы',
    // Mechanisms for civil-society participation
    'civil-society-mechanisms': 'Жарандык коомдун катышуу механизмдери',
    // Other
    other: 'Башка',
  },
  recCountry: {
    // Kazakhstan
    KZ: 'Казакстан',
    // Kyrgyzstan
    KG: 'Кыргызстан',
    // Tajikistan
    TJ: 'Тажикстан',
    // Turkmenistan
    TM: 'Түркмөнстан',
    // Uzbekistan
    UZ: 'Өзбекстан',
    // Regional
    regional: 'Аймак боюнча',
    // Other
    other: 'Башка',
  },
  addressee: {
    // Parliaments
    parliaments: 'Парламенттер',
    // Governments
    governments: 'Өкмөттөр',
    // National women's machinery
    'national-womens-machinery': 'Аялдар иштери боюнча улуттук механизмдер',
    // Civil society
    'civil-society': 'Жарандык коом',
    // UN
    UN: 'БУУ',
    // OSCE
    OSCE: 'ЕККУ',
    // EU
    EU: 'ЕБ',
    // Other
    other: 'Башкалар',
  },
  roadmap: {
    // Roadmap of Cooperation
    heading: 'Кызматташтыктын жол картасы',
    // The agreed recommendations as actions: what, who leads, with whom, by when, and how civil society takes part.
    intro: 'Макулдашылган сунуштар иш-аракеттер катары: эмне, ким жетектейт, ким менен, качанга чейин жана жарандык коом кантип катышат.',
    // No recommendation has been agreed yet: agreed recommendations become the actions of the roadmap.
    none: 'Азырынча бир да сунуш макулдашыла элек: макулдашылган сунуштар жол картасынын иш-аракеттерине айланат.',
    // Roadmap action for {{label}}
    editLabel: '{{label}} үчүн жол картасынын иш-аракети',
    // No.
    number: '№',
    // What
    action: 'Эмне',
    // Empty: the recommendation says it
    actionHint: 'Бош болсо: сунушта айтылгандай',
    // Who leads
    lead: 'Ким жетектейт',
    // With whom
    partners: 'Ким менен',
    // By when
    due: 'Качанга чейин',
    // Civil-society participation
    mechanism: 'Жарандык коомдун катышуусу',
    // Status
    progress: 'Абалы',
  },
  mechanism: {
    // Seat in a regional platform
    'regional-platform': 'Аймактык аянтчадагы орун',
    // Regular consultations
    consultations: 'Үзгүлтүксүз консультациялар',
    // Joint working group
    'working-group': 'Биргелешкен жумушчу топ',
    // Joint monitoring and reporting
    'joint-monitoring': 'Биргелешкен мониторинг жана отчёттуулук',
    // Advisory council
    'advisory-council': 'Консультативдик кеңеш',
    // Other
    other: 'Башка',
  },
  progress: {
    // Planned
    planned: 'Пландалган',
    // In progress
    'in-progress': 'Аткарылууда',
    // Done
    done: 'Аткарылды',
  },
  publish: {
    // Outcomes and agreed recommendations
    outcomeTitle: 'Жыйынтыктар жана макулдашылган сунуштар',
    // Outcome document
    outcomeKicker: 'Жыйынтык отчёт',
    // Date
    date: 'Күнү',
    // Venue
    venue: 'Өтүүчү жер',
    // Format
    format: 'Формат',
    // Time
    time: 'Убакыт',
    // Organizers
    organizers: 'Уюштуруучулар',
    // Participating countries
    countries: 'Катышуучу өлкөлөр',
    // {{count}} recommendation was agreed, under {{parts}}.
    summary_one: 'Багыттар боюнча {{count}} сунуш макулдашылды: {{parts}}.',
    // {{count}} recommendations were agreed, under {{parts}}.
    summary_other: 'Багыттар боюнча {{count}} сунуш макулдашылды: {{parts}}.',
    // No recommendation has been agreed yet.
    noneAgreed: 'Азырынча бир да сунуш макулдашыла элек.',
    // {{pillar}}
    pillarHeading: '{{pillar}}',
    // Other agreed recommendations
    noPillar: 'Башка макулдашылган сунуштар',
    // {{count}} agreed recommendation, addressed to {{addressees}}.
    partSummary_one: '{{count}} макулдашылган сунуш; кимге багытталган: {{addressees}}.',
    // {{count}} agreed recommendations, addressed to {{addressees}}.
    partSummary_other: '{{count}} макулдашылган сунуш; кимге багытталган: {{addressees}}.',
    // Countries concerned: {{list}}.
    countriesOf: 'Тиешелүү өлкөлөр: {{list}}.',
    // Addressed to {{addressee}}
    addressedTo: 'Кимге багытталган: {{addressee}}',
    // No addressee named
    noAddressee: 'Кимге багытталганы көрсөтүлгөн эмес',
    // Also addressed to: {{list}}
    alsoTo: 'Ошондой эле кимге багытталган: {{list}}',
    // Countries: {{list}}
    concerns: 'Өлкөлөр: {{list}}',
    // Priority: {{priority}}
    priorityOf: 'Артыкчылыгы: {{priority}}',
    // Annex: recommendations not agreed
    annexTitle: 'Тиркеме: макулдашылбаган сунуштар',
    // Recorded for completeness; they are not part of the agreed outcome.
    annexIntro: 'Толуктук үчүн жазылды; алар макулдашылган жыйынтыктын бөлүгү эмес.',
    // No recommendation was recorded as not agreed.
    annexNone: 'Бир да сунуш «макулдашылган жок» деп жазылган эмес.',
    // Page {{page}} of {{pages}}
    page: '{{pages}} барактын {{page}}-барагы',
    // Prepared {{time}} ({{zone}}) with {{app}} {{version}}.
    prepared: '{{app}} {{version}} менен {{time}} ({{zone}}) даярдалды.',
    // Roadmap of Cooperation
    roadmapTitle: 'Кызматташтыктын жол картасы',
    // The agreed recommendations of “{{event}}” as actions of a Roadmap of Cooperation among the countries of Central Asia.
    roadmapIntro: '«{{event}}» иш-чарасынын макулдашылган сунуштары Борбордук Азия өлкөлөрүнүн ортосундагы Кызматташтыктын жол картасынын иш-аракеттери катары.',
    // , 
    listSeparator: ', ',
    sheets: {
      // Recommendations
      recommendations: 'Сунуштар',
      // Roadmap
      roadmap: 'Жол картасы',
      // Timing
      timing: 'Убакыт',
    },
    columns: {
      // ID
      id: 'ID',
      // Title
      title: 'Аталышы',
      // Recommendation
      text: 'Сунуш',
      // Status
      status: 'Абалы',
      // Priority
      priority: 'Артыкчылыгы',
      // WPS pillar
      pillar: 'АТК багыты',
      // Conference objective
      objective: 'Конференциянын максаты',
      // Expected outcome
      outcome: 'Күтүлгөн натыйжа',
      // Countries
      countries: 'Өлкөлөр',
      // Addressees
      addressees: 'Кимге багытталган',
      // Tags
      tags: 'Тегдер',
      // Rapporteur
      rapporteur: 'Баяндамачы',
      // Part
      part: 'Бөлүк',
      // Segment
      segment: 'Сегмент',
      // Speaker
      speaker: 'Сүйлөөчү',
      // Merged into
      mergedInto: 'Кайсы сунушка бириктирилди',
      // Created ({{zone}})
      created: 'Түзүлгөн ({{zone}})',
      // Updated ({{zone}})
      updated: 'Жаңыртылган ({{zone}})',
      // Row
      row: 'Сап',
      // Country
      country: 'Өлкө',
      // Status
      segmentStatus: 'Абалы',
      // Planned start
      plannedStart: 'Пландалган башталышы',
      // Actual start
      actualStart: 'Иш жүзүндөгү башталышы',
      // Actual end
      actualEnd: 'Иш жүзүндөгү аякташы',
      // Planned (min)
      plannedMin: 'Пландалган (мүн)',
      // Actual (min)
      actualMin: 'Иш жүзүндө (мүн)',
      // Over (+) / under (-) (min)
      overMin: 'Ашыкча (+) / кем (-) (мүн)',
      // segment
      segmentRow: 'сегмент',
      // speaker
      speakerRow: 'сүйлөөчү',
    },
  },
};

export default {
  name: 'Кыргызча',
  intl: 'ky',
  calendar: {
    months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    monthsShort: ['янв.', 'фев.', 'мар.', 'апр.', 'май', 'июн.', 'июл.', 'авг.', 'сен.', 'окт.', 'ноя.', 'дек.'],
    weekdays: ['жекшемби', 'дүйшөмбү', 'шейшемби', 'шаршемби', 'бейшемби', 'жума', 'ишемби'],
    longDate: '{year}-ж., {day}-{month}, {weekday}',
    datedTime: '{year}-ж. {day}-{month} {hour}:{minute}',
    group: '\u00a0',
    decimal: ',',
  },
  messages,
} satisfies Locale;
