/**
 * Tajik (тоҷикӣ, Cyrillic). Machine-made: written by the development
 * assistant, not yet reviewed by a native speaker (see README, Languages).
 * Each message carries its English source above it, so a reviewer can read
 * the two side by side; tests/unit/i18n checks the comments stay the
 * English of today. Messages added for the published documents, the
 * Roadmap of Cooperation and the per-field merge (issue 15) are
 * machine-translated like the rest. Country names are CLDR's (Intl.DisplayNames), city
 * names a list to review; calendar words are CLDR's, for runtimes whose Intl
 * lacks Tajik (Chromium, Electron). CLDR has no plural rules of its own for
 * Tajik: Intl.PluralRules answers with the default one / other, and a noun
 * after a number stays singular in Tajik, so both forms read the same.
 */
import type { Locale } from '../locale';

const messages = {
  menu: {
    // Export Workbook (XLSX)…
    exportXlsx: 'Содироти китоби корӣ (XLSX)…',
    // Export Outcome Document (PDF)…
    exportReportPdf: 'Содироти ҳисоботи ниҳоӣ (PDF)…',
    // Export Outcome Document (DOCX)…
    exportReportDocx: 'Содироти ҳисоботи ниҳоӣ (DOCX)…',
    // Export Roadmap of Cooperation (PDF)…
    exportRoadmapPdf: 'Содироти Харитаи роҳи ҳамкорӣ (PDF)…',
    // Export Roadmap of Cooperation (DOCX)…
    exportRoadmapDocx: 'Содироти Харитаи роҳи ҳамкорӣ (DOCX)…',
    // Export Merge Summary (CSV)…
    exportMerges: 'Содироти хулосаи муттаҳидсозӣ (CSV)…',
    // File
    file: 'Файл',
    // New Session…
    newSession: 'Ҷаласаи нав…',
    // Open Example…
    openExample: 'Кушодани намуна…',
    // Import JSON…
    importJson: 'Воридоти JSON…',
    // Export JSON…
    exportJson: 'Содироти JSON…',
    // Export CSV…
    exportCsv: 'Содироти CSV…',
    // Export Outcome Document (HTML)…
    exportReport: 'Содироти ҳисоботи ниҳоӣ (HTML)…',
    // Export Timing Report (CSV)…
    exportTiming: 'Содироти ҳисоботи вақт (CSV)…',
    // Edit
    edit: 'Таҳрир',
    // Undo
    undo: 'Бекор кардан',
    // Redo
    redo: 'Такрор кардан',
    // View
    view: 'Намуд',
    // Open Projector Window
    openProjector: 'Кушодани равзанаи проектор',
    // Close Projector Window
    closeProjector: 'Пӯшидани равзанаи проектор',
    // Window
    window: 'Равзана',
    // Help
    help: 'Маълумотнома',
    // Keyboard Shortcuts
    shortcuts: 'Тугмаҳои зудкор',
  },
  common: {
    // Cancel
    cancel: 'Бекор кардан',
    // Dismiss
    dismiss: 'Пӯшидан',
    // Edit
    edit: 'Таҳрир',
    // Delete
    delete: 'Нест кардан',
    // Close
    close: 'Пӯшидан',
    // Segment
    segment: 'Қисмат',
    // Speaker
    speaker: 'Суханрон',
    // Status
    status: 'Ҳолат',
    // Country
    country: 'Кишвар',
    // Rapporteur
    rapporteur: 'Маърӯзачӣ',
    // Not set
    notSet: 'Муайян нашудааст',
    // Next: {{name}}
    next: 'Баъдӣ: {{name}}',
    // HH:mm
    timeFormat: 'СС:ДД',
    // YYYY-MM-DD
    dateFormat: 'СССС-ММ-РР',
  },
  duration: {
    // {{minutes}} min
    minutes: '{{minutes}} дақ',
    // {{hours}} h
    hours: '{{hours}} соат',
    // {{hours}} h {{minutes}} min
    hoursMinutes: '{{hours}} соат {{minutes}} дақ',
    // on time
    onTime: 'мувофиқи ҷадвал',
    // a day or more
    dayOrMore: 'як рӯз ё бештар',
    // a day or more late
    dayOrMoreLate: 'як рӯз ё бештар дер',
    // a day or more early
    dayOrMoreEarly: 'як рӯз ё бештар барвақт',
  },
  app: {
    // Moderator Console
    name: 'Пулти модератор',
    // Loading the session…
    loading: 'Ҷаласа бор карда мешавад…',
    // Not saved:
    notSaved: 'Нигоҳ дошта нашуд:',
    // Connection lost: reconnecting to the session host…
    connectionLost: 'Пайваст қатъ шуд: бо хости ҷаласа аз нав пайваст мешавад…',
    // Connecting to the session host…
    connecting: 'Бо хости ҷаласа пайваст мешавад…',
    // This link is no longer valid: ask the technician for the new one
    linkInvalid: 'Ин пайванд дигар эътибор надорад: аз техник пайванди навро пурсед',
  },
  view: {
    // Show
    label: 'Нишон додан',
    // All panels
    all: 'Ҳамаи панелҳо',
    // Run of show
    runOfShow: 'Барнома',
    // Speaker timer
    timer: 'Вақтсанҷи суханрон',
    // Recommendations
    recommendations: 'Тавсияҳо',
  },
  header: {
    // Clocks
    clocks: 'Соатҳо',
    // {{place}} (venue)
    venueClock: '{{place}} (макони баргузорӣ)',
    // No venue set
    noVenue: 'Макони баргузорӣ муайян нашудааст',
    // Time notice
    timeNotice: 'Вақт аз рӯи минтақаҳои вақт',
    // Time: {{notice}}
    time: 'Вақт: {{notice}}',
  },
  toolbar: {
    // Session
    label: 'Ҷаласа',
    // Undo
    undo: 'Бекор кардан',
    // Redo
    redo: 'Такрор кардан',
    // Event details
    eventDetails: 'Дар бораи чорабинӣ',
    // New session
    newSession: 'Ҷаласаи нав',
    // Open example
    openExample: 'Кушодани намуна',
    // Dark theme
    darkTheme: 'Мавзӯи торик',
    // Language
    language: 'Забон',
    // View only
    viewOnly: 'Танҳо тамошо',
    // This link can show the session but not change it.
    viewOnlyHint: 'Бо ин пайванд ҷаласаро дидан мумкин аст, вале тағйир додан не.',
    // Rapporteur
    rapporteurOnly: 'Маърӯзачӣ',
    // This link can capture and edit recommendations; the run-of-show and the timer are shown but not changed.
    rapporteurOnlyHint: 'Бо ин пайванд тавсияҳоро навиштан ва таҳрир кардан мумкин аст; барнома ва вақтсанҷ нишон дода мешаванд, вале тағйир дода намешаванд.',
    // Start a new blank session? The current one can be brought back with Undo.
    confirmNew: 'Ҷаласаи нави холӣ оғоз шавад? Ҷаласаи ҷориро бо «Бекор кардан» баргардондан мумкин аст.',
    // Open the example conference? The current session can be brought back with Undo.
    confirmExample: 'Намунаи конфронс кушода шавад? Ҷаласаи ҷориро бо «Бекор кардан» баргардондан мумкин аст.',
  },
  event: {
    // Event title
    title: 'Номи чорабинӣ',
    // Venue
    venue: 'Макони баргузорӣ',
    // Date
    date: 'Сана',
    // Day starts at
    dayStart: 'Оғози рӯз',
    // Venue time zone
    timeZone: 'Минтақаи вақти макони баргузорӣ',
    // Format
    format: 'Шакл',
    // Organizers (one per line)
    organizers: 'Ташкилкунандагон (дар ҳар сатр яктогӣ)',
    // Participants' zones (one per line: Place = IANA zone)
    zones: 'Минтақаҳои вақти иштирокчиён (дар ҳар сатр яктогӣ: Шаҳр = минтақаи IANA)',
    // YYYY-MM-DD, for example 2027-03-28
    dateHint: 'СССС-ММ-РР, масалан 2027-03-28',
    // 24-hour clock, HH:mm, for example 09:30
    timeHint: 'Вақти 24-соата, СС:ДД, масалан 09:30',
    // Save event
    save: 'Нигоҳ доштани чорабинӣ',
  },
  eventFormat: {
    // in person
    'in-person': 'ҳузурӣ',
    // hybrid
    hybrid: 'омехта',
    // online
    online: 'онлайн',
  },
  runOfShow: {
    // Run of show
    label: 'Барнома',
    // The event is dated {{date}}; today is {{today}} in {{zone}}. Planned and expected times are for the event date.
    otherDay: 'Санаи чорабинӣ {{date}} аст; имрӯз {{today}} ({{zone}}). Вақти нақшавӣ ва интизоршаванда барои санаи чорабинӣ нишон дода шудааст.',
    // Move the event to today
    moveToToday: 'Чорабиниро ба имрӯз гузаронидан',
    // Live segment time
    liveTime: 'Вақти қисмати ҷорӣ',
    // {{time}} over
    over: '{{time}} зиёдатӣ',
    // {{time}} left
    left: '{{time}} монд',
    // Day summary
    summary: 'Хулосаи рӯз',
    // Live
    live: 'Ҳозир',
    // Nothing live
    nothingLive: 'Ҳеҷ чиз ҷараён надорад',
    // Day
    day: 'Рӯз',
    // On time
    onTime: 'Мувофиқи ҷадвал',
    // Running {{duration}} late
    runningLate: '{{duration}} қафо мондааст',
    // Running {{duration}} early
    runningEarly: '{{duration}} пеш гузаштааст',
    // Running a day or more late
    runningDayLate: 'Як рӯз ё бештар қафо мондааст',
    // Running a day or more early
    runningDayEarly: 'Як рӯз ё бештар пеш гузаштааст',
    // against the plan published at {{time}}
    againstPublished: 'нисбат ба нақшаи соати {{time}} нашршуда',
    // Projected end
    projectedEnd: 'Анҷоми интизоршаванда',
    // published: {{time}}
    publishedEnd: 'нашршуда: {{time}}',
    // planned: {{time}}
    plannedEnd: 'аз рӯи нақша: {{time}}',
    // the plan now ends at {{time}}: {{change}} against the published plan
    planChanged: 'акнун нақша соати {{time}} анҷом меёбад: нисбат ба нақшаи нашршуда {{change}}',
    // Publish the plan
    publish: 'Нашри нақша',
    // Publish the plan again
    publishAgain: 'Нашри дубораи нақша',
    // Lateness is measured against the published plan. Publishing again accepts the changes made since.
    publishHint: 'Дерӣ аз нақшаи нашршуда ҳисоб карда мешавад. Нашри дубора тағйироти баъд аз он кардашударо қабул мекунад.',
    // Fixed starts
    fixedStarts: 'Оғозҳои муқарраршуда',
    // {{title}}: {{warning}}
    fixedStart: '{{title}}: {{warning}}',
    // {{count}} segment not yet run ({{duration}}) is not in the projected end: move it after the live segment, or skip it.
    notYetRun_one: '{{count}} қисмати ҳанӯз нагузаронидашуда ({{duration}}) ба анҷоми интизоршаванда дохил намешавад: онро баъд аз қисмати ҷорӣ гузоред ё гузаронед.',
    // {{count}} segments not yet run ({{duration}}) are not in the projected end: move them after the live segment, or skip them.
    notYetRun_other: '{{count}} қисмати ҳанӯз нагузаронидашуда ({{duration}}) ба анҷоми интизоршаванда дохил намешаванд: онҳоро баъд аз қисмати ҷорӣ гузоред ё гузаронед.',
    // The day starts at the first of the two {{time}}s of that night (the clocks go back).
    dayStartTwice: 'Рӯз дар аввалини ду соати {{time}}-и он шаб оғоз мешавад (соатҳо ба қафо гузаронида мешаванд).',
    // No parts yet. Add a part to start building the run-of-show.
    noParts: 'Ҳоло ягон бахш нест. Барои сохтани барнома бахш илова кунед.',
    // New part title
    newPart: 'Номи бахши нав',
    // Part III: …
    newPartPlaceholder: 'Бахши III: …',
    // Add part
    addPart: 'Илова кардани бахш',
  },
  part: {
    // Part title
    title: 'Номи бахш',
    // Save part
    save: 'Нигоҳ доштани бахш',
    // Rename
    rename: 'Иваз кардани ном',
    // Rename part {{title}}
    renameLabel: 'Иваз кардани номи бахши {{title}}',
    // Move part {{title}} up
    upLabel: 'Бахши {{title}}-ро боло бурдан',
    // Move part {{title}} down
    downLabel: 'Бахши {{title}}-ро поён бурдан',
    // Delete part {{title}}
    deleteLabel: 'Нест кардани бахши {{title}}',
    // Delete part "{{title}}" and its {{count}} segment? Undo brings it back.
    confirmDelete_one: 'Бахши «{{title}}» ва {{count}} қисмати он нест карда шавад? «Бекор кардан» онро бармегардонад.',
    // Delete part "{{title}}" and its {{count}} segments? Undo brings it back.
    confirmDelete_other: 'Бахши «{{title}}» ва {{count}} қисмати он нест карда шаванд? «Бекор кардан» онро бармегардонад.',
    // + Add segment
    addSegment: '+ Илова кардани қисмат',
    // Add segment to {{title}}
    addSegmentLabel: 'Ба бахши {{title}} қисмат илова кардан',
  },
  segment: {
    // Drag to reorder (or Alt+Up / Alt+Down)
    dragHint: 'Барои иваз кардани тартиб кашед (ё Alt+↑ / Alt+↓)',
    // Expected start
    expectedStart: 'Оғози интизоршаванда',
    // planned {{range}}
    planned: 'аз рӯи нақша {{range}}',
    // fixed {{time}}
    fixed: 'маҳз соати {{time}}',
    // fixed {{time}}, the first of the two that night (the clocks go back)
    fixedTwice: 'маҳз соати {{time}}, аввалини дутои он шаб (соатҳо ба қафо гузаронида мешаванд)',
    // published {{range}}
    published: 'нашршуда {{range}}',
    // added after the plan was published
    addedSincePublished: 'баъд аз нашри нақша илова шудааст',
    // takes no time
    noTime: 'вақт намегирад',
    // actual {{range}}
    actual: 'воқеан {{range}}',
    // now
    now: 'ҳозир',
    // expected end {{time}}
    expectedEnd: 'анҷоми интизоршаванда {{time}}',
    // {{count, number}} speaker
    speakers_one: '{{count, number}} суханрон',
    // {{count, number}} speakers
    speakers_other: '{{count, number}} суханрон',
    // Go live
    goLive: 'Оғоз кардан',
    // Mark done
    markDone: 'Анҷом додан',
    // Skip
    skip: 'Гузаронидан',
    // Reset
    reset: 'Ба нақша баргардондан',
    // Move up
    moveUp: 'Боло',
    // Move down
    moveDown: 'Поён',
    // Delete "{{title}}"? Undo brings it back.
    confirmDelete: '«{{title}}» нест карда шавад? «Бекор кардан» онро бармегардонад.',
    // Title
    title: 'Ном',
    // Kind
    kind: 'Намуд',
    // Planned minutes
    plannedMinutes: 'Давомнокии нақшавӣ, дақ',
    // Hard start (optional)
    hardStart: 'Оғози муқарраршуда (ихтиёрӣ)',
    // 24-hour clock, HH:mm, for example 14:30
    timeHint: 'Вақти 24-соата, СС:ДД, масалан 14:30',
    // Warning phase (seconds left)
    warningSeconds: 'Давраи огоҳӣ (сонияҳо то анҷом)',
    // Final phase (seconds left)
    finalSeconds: 'Сонияҳои охир (сонияҳо то анҷом)',
    // Chair or moderator
    chair: 'Раис ё модератор',
    // Notes
    notes: 'Қайдҳо',
    // New segment
    newSegment: 'Қисмати нав',
    // Add segment
    add: 'Илова кардани қисмат',
    // Edit segment {{title}}
    editLabel: 'Таҳрири қисмати {{title}}',
    // Save segment
    save: 'Нигоҳ доштани қисмат',
    // Speakers
    speakersHeading: 'Суханронҳо',
  },
  segmentStatus: {
    // Planned
    planned: 'Дар нақша',
    // Live
    live: 'Ҷараён дорад',
    // Done
    done: 'Анҷом ёфт',
    // Skipped
    skipped: 'Гузаронида шуд',
    // Not yet run
    notYetRun: 'Ҳанӯз нагузаронидашуда',
  },
  fixedStart: {
    // the plan starts it at {{planned}}, {{miss}} after its fixed {{fixed}}
    planMisses: 'аз рӯи нақша соати {{planned}} оғоз мешавад, {{miss}} баъд аз вақти муқарраршудаи {{fixed}}',
    // expected at {{expected}}, {{miss}} after its fixed {{fixed}}
    willMiss: 'соати {{expected}} интизор аст, {{miss}} баъд аз вақти муқарраршудаи {{fixed}}',
    // {{left}} left of the {{slack}} of slack before its fixed {{fixed}}
    slackEaten: 'аз {{slack}} захира то вақти муқарраршудаи {{fixed}} {{left}} монд',
  },
  offDay: {
    // Go live on another day than the event’s?
    title: 'Дар рӯзи дигар, на дар санаи чорабинӣ, оғоз шавад?',
    // The event is dated {{date}}; today is {{today}} in {{zone}}.
    text: 'Санаи чорабинӣ {{date}} аст; имрӯз {{today}} ({{zone}}).',
    // Move the event to today
    move: 'Чорабиниро ба имрӯз гузаронидан',
    // Keeps the times of day: the agenda runs today.
    moveHint: 'Вақти рӯз нигоҳ дошта мешавад: барнома имрӯз мегузарад.',
    // Run against the event date
    keep: 'Аз рӯи санаи чорабинӣ гузаронидан',
    // Keeps the date: times on other days show their dates. Not asked again today.
    keepHint: 'Сана нигоҳ дошта мешавад: вақт дар рӯзҳои дигар бо санааш нишон дода мешавад. Имрӯз дигар пурсида намешавад.',
  },
  segmentKind: {
    // opening
    opening: 'ифтитоҳ',
    // keynote
    keynote: 'маърӯзаи асосӣ',
    // panel
    panel: 'муҳокимаи панелӣ',
    // debate
    debate: 'баҳс',
    // presentation
    presentation: 'муаррифӣ',
    // break
    break: 'танаффус',
    // session
    session: 'ҷаласа',
    // closing
    closing: 'хотима',
    // other
    other: 'дигар',
  },
  speaker: {
    // Name or role
    name: 'Ном ё нақш',
    // Organization
    organization: 'Созмон',
    // Attendance
    attendance: 'Иштирок',
    // Allotted minutes
    allotted: 'Дақиқаҳои ҷудошуда',
    // Edit speaker {{name}}
    editLabel: 'Таҳрири суханрон {{name}}',
    // Save speaker
    save: 'Нигоҳ доштани суханрон',
    // Edit speaker
    edit: 'Таҳрири суханрон',
    // Up
    up: 'Боло',
    // Down
    down: 'Поён',
    // Remove speaker
    remove: 'Хориҷ кардани суханрон',
    // New speaker
    newSpeaker: 'Суханрони нав',
    // Add speaker
    add: 'Илова кардани суханрон',
  },
  attendance: {
    // in the room
    'in-room': 'дар толор',
    // remote
    remote: 'аз дур',
  },
  country: {
    // Kazakhstan
    KZ: 'Қазоқистон',
    // Kyrgyzstan
    KG: 'Қирғизистон',
    // Tajikistan
    TJ: 'Тоҷикистон',
    // Turkmenistan
    TM: 'Туркманистон',
    // Uzbekistan
    UZ: 'Ӯзбекистон',
    // International
    INT: 'Созмонҳои байналмилалӣ',
    // Other
    OTHER: 'Дигарон',
  },
  city: {
    // Almaty
    Almaty: 'Алмаато',
    // Astana
    Astana: 'Остона',
    // Bishkek
    Bishkek: 'Бишкек',
    // Dushanbe
    Dushanbe: 'Душанбе',
    // Ashgabat
    Ashgabat: 'Ашқобод',
    // Tashkent
    Tashkent: 'Тошканд',
  },
  timer: {
    // Speaker timer
    heading: 'Вақтсанҷи суханрон',
    // Shortcuts (?)
    shortcuts: 'Тугмаҳо (?)',
    // No speaker selected
    noSpeaker: 'Суханрон интихоб нашудааст',
    // Speaker time
    speakerTime: 'Вақти суханрон',
    // Timer controls
    controls: 'Идораи вақтсанҷ',
    // Start
    start: 'Оғоз',
    // Pause
    pause: 'Таваққуф',
    // Reset
    reset: 'Аз нав',
    // Previous speaker
    previous: 'Суханрони қаблӣ',
    // Next speaker
    next: 'Суханрони баъдӣ',
    // Adjust time
    adjust: 'Ислоҳи вақт',
    // -1 min
    minusMinute: '-1 дақ',
    // -30 s
    minusHalf: '-30 с',
    // +30 s
    plusHalf: '+30 с',
    // +1 min
    plusMinute: '+1 дақ',
    // Set time left (min or min:s)
    setLabel: 'Вақти боқимонда (дақ ё дақ:с)',
    // Set time
    set: 'Гузоштани вақт',
    // Enter minutes, or minutes:seconds (for example 3 or 2:30)
    setError: 'Дақиқаҳо ё дақиқа:сонияро ворид кунед (масалан 3 ё 2:30)',
    // Unplanned intervention by
    interventionBy: 'Баромади ғайринақшавии',
    // Delegate of …
    interventionPlaceholder: 'Вакили …',
    // Time intervention
    intervention: 'Вақти баромадро сабт кардан',
    // Choose a segment…
    chooseSegment: 'Қисматро интихоб кунед…',
    // Speaker queue
    queue: 'Навбати суханронҳо',
    // Now: 
    now: 'Ҳозир: ',
    // Next: 
    nextInQueue: 'Баъдӣ: ',
    // Make current
    makeCurrent: 'Ҷорӣ кардан',
    // Make current: {{name}}
    makeCurrentLabel: 'Ҷорӣ кардан: {{name}}',
    // Speaking time by country
    balance: 'Вақти суханронӣ аз рӯи кишварҳо',
    // Projection
    projection: 'Намоиш',
    // Venue network
    network: 'Шабакаи макони баргузорӣ',
    // {{time}} left in the segment
    segmentLeft: 'то анҷоми қисмат {{time}}',
    // segment {{time}} over
    segmentOver: 'қисмат {{time}} зиёд шуд',
    // segment ran {{ran}} (planned {{planned}})
    segmentRan: 'қисмат {{ran}} давом кард (аз рӯи нақша {{planned}})',
    // segment not started (planned {{planned}})
    segmentNotStarted: 'қисмат оғоз нашудааст (аз рӯи нақша {{planned}})',
    // Back at {{time}}
    backAt: 'Соати {{time}} идома медиҳем',
    // Count down to a time of day (HH:mm)
    countdownToLabel: 'Ҳисоби баръакс то вақти рӯз (СС:ДД)',
    // Count down
    countdownTo: 'Ҳисоби баръакс',
    startBlocked: {
      // Nothing to time yet: choose a segment below, or put one live in the run-of-show.
      noSegment: 'Ҳоло чизе барои ченкунӣ нест: дар поён қисматро интихоб кунед ё дар барнома қисматро оғоз кунед.',
      // The timer’s segment is no longer in the run-of-show: choose a segment below.
      segmentGone: 'Қисмати вақтсанҷ дигар дар барнома нест: дар поён қисматро интихоб кунед.',
      // The current speaker is no longer in the segment: choose a speaker in the queue below.
      speakerGone: 'Суханрони ҷорӣ дигар дар қисмат нест: аз навбати поён суханронро интихоб кунед.',
    },
    // Operator keys
    operatorKeys: 'Тугмаҳои оператор',
    // N, P, B and R (next, previous, blackout, reset) act at once while the timer has the keyboard.
    operatorKeysHint: 'N, P, B ва R (баъдӣ, қаблӣ, торикӣ, аз нав) дарҳол амал мекунанд, вақте ки клавиатура дар вақтсанҷ аст.',
  },
  message: {
    // Message to the speaker
    legend: 'Паём ба суханрон',
    // Showing:
    showing: 'Дар экран:',
    // (flashing)
    flashing: '(милт-милт мекунад)',
    // Clear message
    clear: 'Тоза кардани паём',
    // Message text
    text: 'Матни паём',
    // Send message
    send: 'Фиристодани паём',
    // Flash the message
    flash: 'Паёми милт-милткунанда',
    // Blackout
    blackout: 'Торикӣ',
    // Clock of day
    clockOfDay: 'Соати рӯз',
    // Auto-advance to the next speaker at zero
    autoAdvance: 'Дар сифр ба суханрони баъдӣ худкор гузаштан',
    // Chime at warning and zero (on the projector)
    chime: 'Садои огоҳӣ ҳангоми огоҳӣ ва дар сифр (дар проектор)',
    presets: {
      // Please conclude
      conclude: 'Лутфан, хулоса кунед',
      // 1 minute
      oneMinute: '1 дақиқа',
      // Time is up
      timeUp: 'Вақт тамом шуд',
      // Please speak closer to the microphone
      microphone: 'Лутфан, ба микрофон наздиктар гап занед',
    },
  },
  phase: {
    // Ready
    idle: 'Омода',
    // Paused
    paused: 'Таваққуф',
    // Speaking
    normal: 'Суханронӣ',
    // Time nearly up
    warning: 'Вақт тамом мешавад',
    // Final seconds
    final: 'Сонияҳои охир',
    // Overtime
    overtime: 'Аз вақт зиёд',
  },
  balance: {
    // Speaking time by country (day)
    caption: 'Вақти суханронӣ аз рӯи кишварҳо (рӯз)',
    // Spoken
    spoken: 'Суханронӣ шуд',
    // Allotted
    allotted: 'Ҷудо шуд',
    // Share of allotted
    share: 'Ҳисса аз ҷудошуда',
    // {{country}}: {{percent, number}}% of allotted
    shareOf: '{{country}}: {{percent, number}}% аз ҷудошуда',
    // Download timing report (CSV)
    download: 'Боргирии ҳисоботи вақт (CSV)',
  },
  shortcuts: {
    // Keyboard shortcuts
    title: 'Тугмаҳои зудкор',
    // Keys act where you are. The timer’s single keys work only while the Speaker timer has the keyboard (click in it or Tab into it), never in a text field; there Space starts or pauses, and Enter presses the focused button.
    intro: 'Тугмаҳо дар ҷое амал мекунанд, ки шумо кор мекунед. Тугмаҳои яккаи вақтсанҷ танҳо вақте кор мекунанд, ки клавиатура дар «Вақтсанҷи суханрон» аст (дар он клик кунед ё бо Tab ба он гузаред), ҳеҷ гоҳ дар майдони матн; дар он ҷо Space вақтсанҷро оғоз ё таваққуф мекунад ва Enter тугмаи интихобшударо пахш мекунад.',
    // Key
    key: 'Тугма',
    // Action
    action: 'Амал',
    // Where
    where: 'Дар куҷо',
    // with Operator keys on
    withOperatorKeys: 'бо тугмаҳои фаъоли оператор',
    // Space
    space: 'Фосила',
    actions: {
      // Start / pause the speaker timer
      startPause: 'Оғоз / таваққуфи вақтсанҷи суханрон',
      // Next speaker
      next: 'Суханрони баъдӣ',
      // Previous speaker
      previous: 'Суханрони қаблӣ',
      // Add / remove one minute
      minute: 'Илова / кам кардани як дақиқа',
      // Add / remove 30 seconds
      halfMinute: 'Илова / кам кардани 30 сония',
      // Blackout on / off
      blackout: 'Фаъол / ғайрифаъол кардани торикӣ',
      // Reset the speaker’s time
      reset: 'Аз нав кардани вақти суханрон',
      // Undo
      undo: 'Бекор кардан',
      // Redo
      redo: 'Такрор кардан',
      // Move the focused segment up / down
      moveSegment: 'Қисмати интихобшударо боло / поён бурдан',
      // Show this help
      help: 'Нишон додани ҳамин маълумотнома',
    },
    areas: {
      // Speaker timer
      timer: 'Вақтсанҷи суханрон',
      // Run of show (its own edits)
      runOfShow: 'Барнома (таҳрирҳои худи он)',
      // Recommendations (your own changes)
      recommendations: 'Тавсияҳо (тағйироти худатон)',
      // Anywhere but a text field
      anywhere: 'Ҳама ҷо, ба ҷуз майдони матн',
    },
  },
  history: {
    // Go live
    goLive: 'Оғоз кардан',
    // Mark done
    markDone: 'Анҷом додан',
    // Skip
    skip: 'Гузаронидан',
    // Reset
    resetSegment: 'Ба нақша баргардондан',
    // Publish the plan
    publishPlan: 'Нашри нақша',
    // Import agenda
    importPlan: 'Воридоти барнома',
    // Edit segment
    editSegment: 'Таҳрири қисмат',
    // Add segment
    addSegment: 'Илова кардани қисмат',
    // Delete segment
    deleteSegment: 'Нест кардани қисмат',
    // Move segment
    moveSegment: 'Ҷой иваз кардани қисмат',
    // Add part
    addPart: 'Илова кардани бахш',
    // Rename part
    renamePart: 'Иваз кардани номи бахш',
    // Delete part
    deletePart: 'Нест кардани бахш',
    // Move part
    movePart: 'Ҷой иваз кардани бахш',
    // Add speaker
    addSpeaker: 'Илова кардани суханрон',
    // Edit speaker
    editSpeaker: 'Таҳрири суханрон',
    // Remove speaker
    removeSpeaker: 'Хориҷ кардани суханрон',
    // Move speaker
    moveSpeaker: 'Ҷой иваз кардани суханрон',
    // Event details
    editEvent: 'Дар бораи чорабинӣ',
    // New session
    newSession: 'Ҷаласаи нав',
    // Open example
    openExample: 'Кушодани намуна',
    // Add recommendation
    addRecommendation: 'Илова кардани тавсия',
    // Edit
    editRecommendation: 'Таҳрир',
    // Merge
    mergeRecommendation: 'Муттаҳид кардан',
    // Import
    importRecommendations: 'Ворид кардан',
    // Resolve conflict
    resolveConflict: 'Ҳалли ихтилоф',
  },
  projector: {
    // Display
    display: 'Экран',
    // Automatic (the last one used, else an external display)
    automatic: 'Худкор (охирин истифодашуда, вагарна экрани берунӣ)',
    // , main
    main: ', асосӣ',
    // Open projector
    open: 'Кушодани проектор',
    // Close projector
    close: 'Пӯшидани проектор',
    // Open projector view
    openView: 'Кушодани намуди проектор',
    // Open stage view
    openStage: 'Кушодани намуди саҳна',
    // Projector
    projector: 'Проектор',
    // Stage view
    stage: 'Намуди саҳна',
    // Time remaining
    timeRemaining: 'Вақти боқимонда',
    // Connection lost — reconnecting…
    connectionLost: 'Пайваст қатъ шуд — аз нав пайваст мешавад…',
    // Connecting…
    connecting: 'Пайваст мешавад…',
    // Offline: counting on from the last known time
    offline: 'Бе пайваст: ҳисоб аз вақти охирини маълум идома дорад',
    // Projector speaks
    language: 'Забони проектор',
    // Stage speaks
    stageLanguage: 'Забони саҳна',
    // As the console
    sameAsConsole: 'Мисли пулт',
  },
  recovery: {
    // Recovery notes
    label: 'Қайдҳои барқарорсозӣ',
    // The session was recovered
    recovered: 'Ҷаласа барқарор карда шуд',
    // The session could not be recovered
    unrecoverable: 'Ҷаласаро барқарор кардан имконнопазир буд',
    // The session was converted to the new file format
    migrated: 'Ҷаласа ба формати нави файл табдил дода шуд',
    // A backup was restored
    restored: 'Нусхаи эҳтиётӣ барқарор карда шуд',
    // A saved change was left out
    'left-out': 'Як тағйироти захирашуда истисно карда шуд',
    // I have read this
    acknowledge: 'Ман инро хондам',
    // Could not mark it as read: {{message}}
    failed: 'Ҳамчун хондашуда қайд кардан нашуд: {{message}}',
  },
  storage: {
    // Not saved: the disk is full. Changes are refused until there is free space again; everything saved before is safe.
    'disk-full': 'Захира нашуд: диск пур аст. То пайдо шудани ҷойи холӣ тағйирот қабул карда намешаванд; ҳама чизи пештар захирашуда бехатар аст.',
    // Not saved: the session folder is read-only. Changes are refused until it can be written again; everything saved before is safe.
    'read-only': 'Захира нашуд: ҷузвдони ҷаласа танҳо барои хондан аст. То имкони навиштан дар он тағйирот қабул карда намешаванд; ҳама чизи пештар захирашуда бехатар аст.',
    // Not saved: the disk reported an error. Changes are refused until it works again; everything saved before is safe.
    io: 'Захира нашуд: диск дар бораи хато хабар дод. То дубора кор кардани он тағйирот қабул карда намешаванд; ҳама чизи пештар захирашуда бехатар аст.',
    // Not saved: the session file is damaged. Restart Moderator Console to recover it from its backups; everything saved before is safe.
    damaged: 'Захира нашуд: файли ҷаласа вайрон шудааст. Барои барқарор кардани он аз нусхаҳои эҳтиётӣ Moderator Console-ро аз нав оғоз кунед; ҳама чизи пештар захирашуда бехатар аст.',
    // Since {{time}}.
    since: 'Аз {{time}}.',
  },
  backups: {
    // Backups
    open: 'Нусхаҳои эҳтиётӣ',
    // Backups
    title: 'Нусхаҳои эҳтиётӣ',
    // Taken every 5 minutes while the session changes and when it closes; the last 10 and one a day are kept, in the backups folder of the session.
    intro: 'Ҳангоми тағйир ёфтани ҷаласа ҳар 5 дақиқа ва ҳангоми пӯшидани он гирифта мешаванд; 10-тои охирин ва яктогӣ дар як рӯз дар ҷузвдони backups-и ҷаласа нигоҳ дошта мешаванд.',
    // Take a backup now
    take: 'Ҳозир нусхаи эҳтиётӣ гирифтан',
    // Backup taken: {{time}}.
    taken: 'Нусхаи эҳтиётӣ гирифта шуд: {{time}}.',
    // No backups yet.
    none: 'Ҳоло нусхаҳои эҳтиётӣ нестанд.',
    // Backups, newest first
    list: 'Нусхаҳои эҳтиётӣ, навтаринаш аввал',
    // automatic
    interval: 'худкор',
    // at close
    quit: 'ҳангоми пӯшидан',
    // taken by hand
    manual: 'дастӣ гирифташуда',
    // {{time}}, {{reason}}, up to change {{seq}}, {{size}}
    item: '{{time}}, {{reason}}, то тағйироти {{seq}}, {{size}}',
    // Restore
    restore: 'Барқарор кардан',
    // Restore the backup of {{time}}
    restoreNamed: 'Барқарор кардани нусхаи эҳтиётии {{time}}',
    // Replace the session with the backup of {{time}}? Every console and view will show it at once. The session as it is now is kept in the kept folder of the session, and can be brought back only from there or from a later backup.
    confirmRestore: 'Ҷаласаро бо нусхаи эҳтиётии {{time}} иваз кунем? Ҳар як консол ва намоиш онро фавран нишон медиҳад. Ҷаласаи ҳозира дар ҷузвдони kept-и ҷаласа нигоҳ дошта мешавад ва онро танҳо аз он ҷо ё аз нусхаи эҳтиётии баъдӣ баргардонидан мумкин аст.',
    // The backup of {{time}} was restored.
    restored: 'Нусхаи эҳтиётии {{time}} барқарор карда шуд.',
  },
  lan: {
    // Projector (read-only)
    projector: 'Проектор (танҳо тамошо)',
    // Stage view (read-only)
    stage: 'Намуди саҳна (танҳо тамошо)',
    // Control (run-of-show and timer)
    control: 'Идора (барнома ва вақтсанҷ)',
    // Rapporteur (recommendations, on a second laptop)
    rapporteur: 'Маърӯзачӣ (тавсияҳо, дар ноутбуки дуюм)',
    // Control on a phone
    phone: 'Идора аз телефон',
    // Network views
    toggle: 'Намудҳои шабакавӣ',
    // On: browsers on the venue network can connect with a token.
    on: 'Фаъол: браузерҳо дар шабакаи макони баргузорӣ бо токен пайваст шуда метавонанд.',
    // Off: only this computer can connect.
    off: 'Ғайрифаъол: танҳо ҳамин компютер пайваст шуда метавонад.',
    // No network interface found; only this computer can connect.
    noInterface: 'Интерфейси шабака ёфт нашуд; танҳо ҳамин компютер пайваст шуда метавонад.',
    // Rotate tokens
    rotate: 'Иваз кардани токенҳо',
    // Network views are managed on the technician's console.
    elsewhere: 'Намудҳои шабакавӣ дар пулти техник идора карда мешаванд.',
  },
  control: {
    // Speaker timer control
    label: 'Идораи вақтсанҷи суханрон',
    // No segment is live
    nothingLive: 'Ягон қисмат ҷараён надорад',
    // Ready-made messages
    presets: 'Паёмҳои тайёр',
  },
  osc: {
    // Show control (OSC)
    legend: 'Идораи намоиш (OSC)',
    // UDP port
    port: 'Порти UDP',
    // Desks allowed to send (IP addresses)
    senders: 'Пултҳое, ки фиристода метавонанд (суроғаҳои IP)',
    // OSC on
    toggle: 'OSC фаъол',
    // Listening on UDP port {{port}}.
    on: 'Порти UDP {{port}}-ро гӯш мекунад.',
    // Off: nothing listens for OSC.
    off: 'Ғайрифаъол: OSC қабул намешавад.',
  },
  rec: {
    // Recommendations
    heading: 'Тавсияҳо',
    // Rapporteur name
    rapporteurName: 'Номи маърӯзачӣ',
    // Recommendation changes
    changes: 'Тағйироти тавсияҳо',
    // Revert last change
    revert: 'Бекор кардани тағйироти охирин',
    // Reapply change
    reapply: 'Аз нав татбиқ кардани тағйирот',
    // Saved: {{text}}
    saved: 'Нигоҳ дошта шуд: {{text}}',
    // Quick capture
    quickCapture: 'Сабти зуд',
    // New recommendation
    new: 'Тавсияи нав',
    // Type as it is spoken; Enter saves, Shift+Enter starts a new line
    newPlaceholder: 'Ҳангоми гуфтан нависед; Enter нигоҳ медорад, Shift+Enter сатри нав оғоз мекунад',
    // Add recommendation
    add: 'Илова кардани тавсия',
    // Follow the live segment
    followLive: 'Пайравӣ аз қисмати ҷорӣ',
    // Not attached to a segment
    notAttached: 'Ба қисмат вобаста нест',
    // ● {{title}} (live)
    liveSegment: '● {{title}} (ҷараён дорад)',
    // {{title}} (another session)
    otherSession: '{{title}} (ҷаласаи дигар)',
    // A segment no longer in the run-of-show
    segmentGone: 'Қисмате, ки дигар дар барнома нест',
    // No speaker
    noSpeaker: 'Бе суханрон',
    // A speaker no longer in the run-of-show
    speakerGone: 'Суханроне, ки дигар дар барнома нест',
    // Edit recommendation {{label}}
    editLabel: 'Таҳрири тавсияи {{label}}',
    // Recommendation text
    text: 'Матни тавсия',
    // Short title
    shortTitle: 'Номи кӯтоҳ',
    // Priority
    priority: 'Афзалият',
    // Merged into: {{label}}
    mergedInto: 'Муттаҳид шуд бо: {{label}}',
    // a recommendation not in this record
    mergedElsewhere: 'тавсияе, ки дар ин сабт нест',
    // WPS pillar
    pillar: 'Рукни ЗСА',
    // Expected outcome
    outcome: 'Натиҷаи интизоршаванда',
    // Conference objective
    objective: 'Ҳадафи конфронс',
    // Countries concerned
    countries: 'Кишварҳои марбут',
    // Addressed to
    addressees: 'Ба кӣ равона шудааст',
    // Tags (comma-separated)
    tags: 'Барчаспҳо (бо вергул)',
    // Done
    done: 'Тайёр',
    // Created {{time}}
    created: 'Соати {{time}} сохта шуд',
    // , last changed {{time}}
    changed: ', тағйироти охирин {{time}}',
    // Possible duplicate of:
    duplicateOf: 'Эҳтимолан такрори:',
    // ({{percent, number}}% alike)
    alike: '({{percent, number}}% монанд)',
    // Merge this recommendation into “{{label}}”
    mergeLabel: 'Ин тавсияро бо «{{label}}» муттаҳид кардан',
    // Merge into it
    merge: 'Бо он муттаҳид кардан',
    // {{priority}} priority
    priorityOf: 'афзалияти {{priority}}',
    // {{count, number}} recommendation
    count_one: '{{count, number}} тавсия',
    // {{count, number}} recommendations
    count_other: '{{count, number}} тавсия',
    // {{found, number}} of {{total, number}} recommendations match
    matching: 'Аз {{total, number}} тавсия {{found, number}} мувофиқ аст',
    //  · showing {{first}}–{{last}}
    showing: ' · {{first}}–{{last}} нишон дода шудааст',
    // No pillar yet
    noPillar: 'Ҳанӯз рукн нест',
    // Pages of recommendations
    pages: 'Саҳифаҳои тавсияҳо',
    // Previous page
    previousPage: 'Саҳифаи қаблӣ',
    // Next page
    nextPage: 'Саҳифаи баъдӣ',
    // Page {{page}} of {{pages}}
    page: 'Саҳифаи {{page}} аз {{pages}}',
  },
  find: {
    // Find recommendations
    label: 'Ёфтани тавсияҳо',
    // Search recommendations
    search: 'Ҷустуҷӯи тавсияҳо',
    // Pillar
    pillar: 'Рукн',
    // Any pillar
    anyPillar: 'Ҳар рукн',
    // Any status
    anyStatus: 'Ҳар ҳолат',
    // Any country
    anyCountry: 'Ҳар кишвар',
    // Any segment
    anySegment: 'Ҳар қисмат',
    // Not attached
    notAttached: 'Вобаста нест',
    // Any rapporteur
    anyRapporteur: 'Ҳар маърӯзачӣ',
    // Sort
    sort: 'Тартиб',
    // Group by
    groupBy: 'Гурӯҳбандӣ',
  },
  sort: {
    // Newest first
    newest: 'Аввал навтаринҳо',
    // Oldest first
    oldest: 'Аввал кӯҳнатаринҳо',
    // Recently edited
    updated: 'Ба наздикӣ таҳриршуда',
    // Priority
    priority: 'Афзалият',
    // Title
    title: 'Ном',
  },
  grouping: {
    // No grouping
    none: 'Бе гурӯҳбандӣ',
    // WPS pillar
    pillar: 'Рукни ЗСА',
    // Segment
    segment: 'Қисмат',
  },
  agendaFiles: {
    // Agenda files
    group: 'Файлҳои барнома',
    // Import agenda (XLSX, CSV)…
    import: 'Воридоти барнома (XLSX, CSV)…',
    // Agenda template (CSV)
    template: 'Қолаби барнома (CSV)',
    // Programme (PDF)
    exportPdf: 'Барнома (PDF)',
    // Agenda (XLSX)
    exportXlsx: 'Барнома (XLSX)',
    // Calendar (.ics)
    exportIcs: 'Тақвим (.ics)',
    // Import the agenda from {{source}}
    previewTitle: 'Воридоти барнома аз {{source}}',
    // Nothing changes until you press Import. The import is one step: Undo takes it back.
    previewIntro: 'То тугмаи «Ворид кардан»-ро пахш накунед, ҳеҷ чиз тағйир намеёбад. Воридот як қадам аст: «Бекор кардан» ҳамаро бармегардонад.',
    // Parts to create: {{parts}}. Segments to create: {{segments}}.
    toCreate: 'Қисмҳое, ки сохта мешаванд: {{parts}}. Сегментҳое, ки сохта мешаванд: {{segments}}.',
    // The current run-of-show
    mode: 'Барномаи ҷорӣ',
    // Replace it with the imported agenda
    replace: 'Онро бо барномаи воридшуда иваз кардан',
    // Keep it and add the imported agenda after it
    append: 'Онро нигоҳ дошта, барномаи воридшударо пас аз он илова кардан',
    // The day will start at {{time}} (now {{now}}), the first segment’s fixed start.
    dayStartMoves: 'Рӯз соати {{time}} оғоз мешавад (ҳоло {{now}}) — оғози муқарраршудаи сегменти аввал.',
    // What will be created
    rows: 'Чӣ сохта мешавад',
    // Problems found
    issues: 'Хатоҳои ёфтшуда',
    // No problems found.
    noIssues: 'Хато ёфт нашуд.',
    // Fix these problems in the file and import it again. Nothing has changed.
    blocked: 'Ин хатоҳоро дар файл ислоҳ карда, онро дубора ворид кунед. Ҳеҷ чиз тағйир наёфт.',
    // Error
    error: 'Хато',
    // Warning
    warning: 'Огоҳӣ',
    // Row {{row}}, column {{column}}: {{message}}
    issueAt: 'Сатри {{row}}, сутуни {{column}}: {{message}}',
    // Row {{row}}: {{message}}
    issueAtRow: 'Сатри {{row}}: {{message}}',
    // The file: {{message}}
    issueFile: 'Файл: {{message}}',
    // Import
    confirm: 'Ворид кардан',
    // Row
    row: 'Сатр',
    // Part
    part: 'Қисм',
    // Title
    title: 'Унвон',
    // Kind
    kind: 'Намуд',
    // Duration
    duration: 'Давомнокӣ',
    // Fixed start
    fixedStart: 'Оғози муқарраршуда',
    // Moderator
    moderator: 'Мудир',
    // Speakers
    speakers: 'Баромадкунандагон',
    // {{name}} ({{country}}, {{minutes}} min)
    speakerLine: '{{name}} ({{country}}, {{minutes}} дақ)',
    // has a problem
    rowHasError: 'хато дорад',
    // Imported {{source}}: {{segments}} segments. Undo takes the import back.
    imported: '{{source}} ворид шуд: {{segments}} сегмент. «Бекор кардан» воридотро бармегардонад.',
    // Nothing was imported: {{where}}: {{message}}
    failed: 'Ҳеҷ чиз ворид нашуд: {{where}}: {{message}}',
    // Saved {{fileName}}
    saved: 'Нигоҳ дошта шуд: {{fileName}}',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Содирот иҷро нашуд: {{where}}: {{message}}',
    // Not done: {{message}}
    notDone: 'Иҷро нашуд: {{message}}',
    doc: {
      // Programme
      programme: 'Барнома',
      // Time ({{place}})
      time: 'Вақт ({{place}})',
      // Local times
      localTimes: 'Вақти маҳаллӣ',
      // Moderator: {{name}}
      moderator: 'Мудир: {{name}}',
      // Speakers: {{names}}
      speakers: 'Баромадкунандагон: {{names}}',
      // fixed start
      fixedStart: 'оғози муқарраршуда',
      // {{minutes}} min
      minutes: '{{minutes}} дақ',
      // Planned times. Made by Moderator Console on {{date}}.
      made: 'Вақти банақшагирифта. Дар Moderator Console {{date}} омода шуд.',
      // Part: {{part}}
      calendarDescription: 'Қисм: {{part}}',
    },
  },
  files: {
    // Publish
    publish: 'Нашр',
    // File to export
    format: 'Файл барои содирот',
    // Export
    export: 'Содирот',
    // With an annex of the not-agreed recommendations
    annex: 'Бо замимаи тавсияҳои мувофиқанашуда',
    formats: {
      // Outcome document (PDF)
      'report-pdf': 'Ҳисоботи ниҳоӣ (PDF)',
      // Outcome document (DOCX, to edit)
      'report-docx': 'Ҳисоботи ниҳоӣ (DOCX, барои таҳрир)',
      // Outcome document (HTML)
      report: 'Ҳисоботи ниҳоӣ (HTML)',
      // Roadmap of Cooperation (PDF)
      'roadmap-pdf': 'Харитаи роҳи ҳамкорӣ (PDF)',
      // Roadmap of Cooperation (DOCX, to edit)
      'roadmap-docx': 'Харитаи роҳи ҳамкорӣ (DOCX, барои таҳрир)',
      // Workbook: recommendations, roadmap, timing (XLSX)
      xlsx: 'Китоби корӣ: тавсияҳо, харитаи роҳ, вақт (XLSX)',
      // Recommendations (CSV, for tools)
      csv: 'Тавсияҳо (CSV, барои нармафзор)',
      // Merge summary (CSV)
      merges: 'Хулосаи муттаҳидсозӣ (CSV)',
    },
    // Export and import
    group: 'Содирот ва воридот',
    // Export JSON
    exportJson: 'Содироти JSON',
    // Import JSON
    importJson: 'Воридоти JSON',
    // Saved {{fileName}}
    saved: '{{fileName}} нигоҳ дошта шуд',
    // Export failed: {{where}}: {{message}}
    exportFailed: 'Содирот иҷро нашуд: {{where}}: {{message}}',
    // Nothing was imported: {{where}}: {{message}}
    importFailed: 'Ҳеҷ чиз ворид нашуд: {{where}}: {{message}}',
    // Imported {{source}}: {{added}} new, {{updated}} updated, {{unchanged}} unchanged, {{conflicts}}
    imported: '{{source}} ворид шуд: {{added}} нав, {{updated}} навсозӣ шуд, {{unchanged}} бетағйир, {{conflicts}}',
    // Not done: {{message}}
    notDone: 'Иҷро нашуд: {{message}}',
  },
  conflict: {
    // Field
    field: 'Майдон',
    // Before (both had)
    base: 'Пештар (дар ҳарду буд)',
    // Choice
    choice: 'Интихоб',
    // Keep ours
    keep: 'Аз они моро нигоҳ доштан',
    // Take theirs
    take: 'Аз они онҳоро гирифтан',
    // Write anew
    write: 'Аз нав навиштан',
    // {{field}}: new text
    newText: '{{field}}: матни нав',
    // {{field}}: which version
    choose: '{{field}}: кадом версия',
    // changed on both sides
    bothChanged: 'дар ҳарду ҷониб тағйир ёфтааст',
    // The version both sides had is not known here: choose for each field.
    noBase: 'Версияе, ки дар ҳарду ҷониб буд, дар ин ҷо маълум нест: барои ҳар майдон интихоб кунед.',
    // Resolve with these choices
    resolve: 'Бо ҳамин интихобҳо ҳал кардан',
    // Segment and speaker
    attachment: 'Қисмат ва суханрон',
    // {{count, number}} conflict to resolve
    count_one: '{{count, number}} ихтилоф барои ҳал',
    // {{count, number}} conflicts to resolve
    count_other: '{{count, number}} ихтилоф барои ҳал',
    // Changed here and in {{source}} (imported {{time}}).
    changedBoth: 'Ҳам дар ин ҷо ва ҳам дар {{source}} тағйир ёфтааст (соати {{time}} ворид шуд).',
    // Ours
    ours: 'Аз они мо',
    // Theirs ({{source}})
    theirs: 'Аз они онҳо ({{source}})',
    // Keep ours
    keepOurs: 'Аз они моро нигоҳ доштан',
    // Take theirs
    takeTheirs: 'Аз они онҳоро гирифтан',
    // (empty)
    empty: '(холӣ)',
    // Text
    text: 'Матн',
    // Title
    title: 'Ном',
    // Objective
    objective: 'Ҳадаф',
    // Countries
    countries: 'Кишварҳо',
    // Tags
    tags: 'Барчаспҳо',
  },
  refusal: {
    // {{place}}: {{problem}}
    at: '{{place}}: {{problem}}',
    // {{place}}, line {{line}}
    line: '{{place}}, сатри {{line}}',
    where: {
      // Title
      title: 'Ном',
      // Venue
      venue: 'Макони баргузорӣ',
      // Date
      date: 'Сана',
      // Day starts at
      dayStart: 'Оғози рӯз',
      // Venue time zone
      timeZone: 'Минтақаи вақти макони баргузорӣ',
      // Organizers
      organizers: 'Ташкилкунандагон',
      // Participants' zones
      zones: 'Минтақаҳои вақти иштирокчиён',
      // Hard start
      hardStart: 'Оғози муқарраршуда',
      // Planned minutes
      minutes: 'Дақиқаҳои нақшавӣ',
      // Warning phase
      warning: 'Давраи огоҳӣ',
      // Final phase
      final: 'Давраи охир',
      // Chair or moderator
      chair: 'Раис ё модератор',
      // Notes
      notes: 'Қайдҳо',
      // Name or role
      name: 'Ном ё нақш',
      // Organization
      organization: 'Созмон',
      // Allotted minutes
      allotted: 'Дақиқаҳои ҷудошуда',
      // Set time
      setTime: 'Гузоштани вақт',
      // Count down to
      backAt: 'Ҳисоби баръакс то',
    },
    problem: {
      // write something here.
      empty: 'дар ин ҷо чизе нависед.',
      // at most {{max}} characters, please.
      tooLong: 'на бештар аз {{max}} аломат.',
      // at most {{max}} lines.
      tooMany: 'на бештар аз {{max}} сатр.',
      // write it as YYYY-MM-DD, a real date between 1970 and 2100 (for example 2027-03-28).
      date: 'онро ҳамчун СССС-ММ-РР, санаи воқеӣ байни солҳои 1970 ва 2100 нависед (масалан 2027-03-28).',
      // write it on the 24-hour clock as HH:mm, from 00:00 to 23:59 (for example 14:30).
      timeOfDay: 'онро дар шакли 24-соатаи СС:ДД, аз 00:00 то 23:59 нависед (масалан 14:30).',
      // not a time zone this computer knows. Write it as Region/City, for example Europe/Brussels.
      zoneUnknown: 'ин компютер чунин минтақаи вақтро намедонад. Онро ҳамчун Минтақа/Шаҳр нависед, масалан Europe/Brussels.',
      // “{{place}}” is already on line {{line}}; list each place once.
      placeTwice: '«{{place}}» аллакай дар сатри {{line}} ҳаст; ҳар ҷойро як бор нависед.',
      // {{time}} does not exist on {{date}} in {{zone}}: the clocks go forward from {{from}} to {{to}} that night. Choose another time.
      timeSkipped: '{{time}} дар санаи {{date}} дар минтақаи {{zone}} вуҷуд надорад: он шаб соатҳо аз {{from}} ба {{to}} пеш гузаронида мешаванд. Вақти дигарро интихоб кунед.',
      // {{time}} is before {{before}}, a fixed start earlier in the run-of-show (or the start of the day): fixed starts must follow the order of the run-of-show.
      hardStartOrder: '{{time}} пеш аз {{before}} аст, ки оғози муқарраршудаи болотар дар барнома (ё оғози рӯз) аст: оғозҳои муқарраршуда бояд тартиби барномаро риоя кунанд.',
      // at least {{count}} min.
      atLeastMinutes: 'на камтар аз {{count}} дақ.',
      // at least {{count}} s.
      atLeastSeconds: 'на камтар аз {{count}} с.',
      // at most {{count}} h.
      atMostHours: 'на бештар аз {{count}} соат.',
      // write a number.
      number: 'рақам нависед.',
      // the final phase ({{final}} left) must begin after the warning phase ({{warning}} left): make it shorter than the warning.
      finalAfterWarning: 'давраи охир ({{final}} то анҷом) бояд баъд аз давраи огоҳӣ ({{warning}} то анҷом) оғоз шавад: онро аз огоҳӣ кӯтоҳтар кунед.',
      // the warning ({{warning}} left) would begin before {{name}} has spoken at all ({{allotted}} allotted): make it shorter.
      warningTooLong: 'огоҳӣ ({{warning}} то анҷом) пеш аз он оғоз мешуд, ки {{name}} умуман сухан гӯяд ({{allotted}} ҷудо шудааст): онро кӯтоҳтар кунед.',
      // {{name}} needs more time ({{allotted}}) than the segment’s warning ({{warning}} left), or 0 to count up.
      speakerTooShort: 'ба {{name}} вақти бештар ({{allotted}}) лозим аст аз огоҳии қисмат ({{warning}} то анҷом), ё 0 барои ҳисоби мустақим.',
      // a speaker’s time is at most 4 hours in all: with {{spoken}} already spoken, at most {{left}} can be left.
      setOverCap: 'вақти як суханрон дар маҷмӯъ на бештар аз 4 соат аст: {{spoken}} аллакай гуфта шуд, на бештар аз {{left}} боқӣ гузоштан мумкин аст.',
      // a speaker’s time is at most 4 hours in all.
      adjustOverCap: 'вақти як суханрон дар маҷмӯъ на бештар аз 4 соат аст.',
      // there is not that much time left to take away.
      adjustNegative: 'он қадар вақт барои кам кардан боқӣ намондааст.',
      // {{time}} has already passed today in {{zone}} (it is {{now}}).
      timePassed: '{{time}} имрӯз дар минтақаи {{zone}} аллакай гузаштааст (ҳозир {{now}}).',
      // {{time}} is more than 4 hours away; a countdown is at most 4 hours.
      timeTooFar: 'то {{time}} бештар аз 4 соат аст; ҳисоби баръакс на бештар аз 4 соат аст.',
      // the countdown to {{time}} runs to that time and can not be paused: choose another time, or a speaker.
      countdownNoPause: 'ҳисоби баръакс то {{time}} то ҳамон вақт меравад ва таваққуф намешавад: вақти дигар ё суханронро интихоб кунед.',
      // the countdown to {{time}} moves only by choosing another time.
      countdownNoAdjust: 'ҳисоби баръакс то {{time}} танҳо бо интихоби вақти дигар тағйир меёбад.',
      // the countdown to {{time}} has no start to go back to: choose another time, or a speaker.
      countdownNoReset: 'ҳисоби баръакс то {{time}} оғозе надорад, ки ба он баргардад: вақти дигар ё суханронро интихоб кунед.',
    },
  },
  recStatus: {
    // Draft
    draft: 'Пешнавис',
    // Proposed
    proposed: 'Пешниҳод шуд',
    // Agreed
    agreed: 'Мувофиқа шуд',
    // Not agreed
    'not-agreed': 'Мувофиқа нашуд',
    // Merged
    merged: 'Муттаҳид шуд',
  },
  priority: {
    // High
    high: 'Баланд',
    // Medium
    medium: 'Миёна',
    // Low
    low: 'Паст',
  },
  pillar: {
    // Prevention
    prevention: 'Пешгирӣ',
    // Participation
    participation: 'Иштирок',
    // Protection
    protection: 'Ҳифз',
    // Relief and recovery
    'relief-and-recovery': 'Кумак ва барқарорсозӣ',
  },
  objective: {
    // Women's participation in politics and decision-making; gender in security and conflict-prevention policy
    'participation-and-security-policy': 'Иштироки занон дар сиёсат ва қабули қарорҳо; ҷанбаи гендерӣ дар сиёсати амният ва пешгирии низоъҳо',
    // Conflict prevention; women's role in trust-building, reconciliation, peacekeeping and diplomacy
    'prevention-and-trust': 'Пешгирии низоъҳо; нақши занон дар таҳкими эътимод, оштӣ, сулҳпарварӣ ва дипломатия',
    // Legislative initiatives for the Women, Peace and Security agenda
    legislation: 'Ташаббусҳои қонунгузорӣ оид ба рӯзномаи «Занон, сулҳ ва амният»',
  },
  outcome: {
    // Roadmap of Cooperation
    roadmap: 'Харитаи роҳи ҳамкорӣ',
    // Mechanisms for civil-society participation
    'civil-society-mechanisms': 'Механизмҳои иштироки ҷомеаи шаҳрвандӣ',
    // Other
    other: 'Дигар',
  },
  recCountry: {
    // Kazakhstan
    KZ: 'Қазоқистон',
    // Kyrgyzstan
    KG: 'Қирғизистон',
    // Tajikistan
    TJ: 'Тоҷикистон',
    // Turkmenistan
    TM: 'Туркманистон',
    // Uzbekistan
    UZ: 'Ӯзбекистон',
    // Regional
    regional: 'Минтақавӣ',
    // Other
    other: 'Дигар',
  },
  addressee: {
    // Parliaments
    parliaments: 'Парламентҳо',
    // Governments
    governments: 'Ҳукуматҳо',
    // National women's machinery
    'national-womens-machinery': 'Механизмҳои миллӣ оид ба корҳои занон',
    // Civil society
    'civil-society': 'Ҷомеаи шаҳрвандӣ',
    // UN
    UN: 'СММ',
    // OSCE
    OSCE: 'САҲА',
    // EU
    EU: 'ИА',
    // Other
    other: 'Дигарон',
  },
  roadmap: {
    // Roadmap of Cooperation
    heading: 'Харитаи роҳи ҳамкорӣ',
    // The agreed recommendations as actions: what, who leads, with whom, by when, and how civil society takes part.
    intro: 'Тавсияҳои мувофиқашуда ҳамчун амалҳо: чӣ, кӣ роҳбарӣ мекунад, бо кӣ, то кай ва ҷомеаи шаҳрвандӣ чӣ тавр иштирок мекунад.',
    // No recommendation has been agreed yet: agreed recommendations become the actions of the roadmap.
    none: 'Ҳанӯз ягон тавсия мувофиқа нашудааст: тавсияҳои мувофиқашуда амалҳои харитаи роҳ мешаванд.',
    // Roadmap action for {{label}}
    editLabel: 'Амали харитаи роҳ барои {{label}}',
    // No.
    number: '№',
    // What
    action: 'Чӣ',
    // Empty: the recommendation says it
    actionHint: 'Холӣ: мисли тавсия',
    // Who leads
    lead: 'Кӣ роҳбарӣ мекунад',
    // With whom
    partners: 'Бо кӣ',
    // By when
    due: 'То кай',
    // Civil-society participation
    mechanism: 'Иштироки ҷомеаи шаҳрвандӣ',
    // Status
    progress: 'Ҳолат',
  },
  mechanism: {
    // Seat in a regional platform
    'regional-platform': 'Ҷой дар платформаи минтақавӣ',
    // Regular consultations
    consultations: 'Машваратҳои мунтазам',
    // Joint working group
    'working-group': 'Гурӯҳи кории муштарак',
    // Joint monitoring and reporting
    'joint-monitoring': 'Мониторинг ва ҳисоботдиҳии муштарак',
    // Advisory council
    'advisory-council': 'Шӯрои машваратӣ',
    // Other
    other: 'Дигар',
  },
  progress: {
    // Planned
    planned: 'Дар нақша',
    // In progress
    'in-progress': 'Дар ҷараён',
    // Done
    done: 'Анҷом ёфт',
  },
  publish: {
    // Outcomes and agreed recommendations
    outcomeTitle: 'Натиҷаҳо ва тавсияҳои мувофиқашуда',
    // Outcome document
    outcomeKicker: 'Ҳисоботи ниҳоӣ',
    // Date
    date: 'Сана',
    // Venue
    venue: 'Макони баргузорӣ',
    // Format
    format: 'Шакл',
    // Time
    time: 'Вақт',
    // Organizers
    organizers: 'Ташкилкунандагон',
    // Participating countries
    countries: 'Кишварҳои иштирокчӣ',
    // {{count}} recommendation was agreed, under {{parts}}.
    summary_one: '{{count}} тавсия мувофиқа шуд, дар бахшҳои: {{parts}}.',
    // {{count}} recommendations were agreed, under {{parts}}.
    summary_other: '{{count}} тавсия мувофиқа шуд, дар бахшҳои: {{parts}}.',
    // No recommendation has been agreed yet.
    noneAgreed: 'Ҳанӯз ягон тавсия мувофиқа нашудааст.',
    // {{pillar}}
    pillarHeading: '{{pillar}}',
    // Other agreed recommendations
    noPillar: 'Дигар тавсияҳои мувофиқашуда',
    // {{count}} agreed recommendation, addressed to {{addressees}}.
    partSummary_one: '{{count}} тавсияи мувофиқашуда, ба {{addressees}} равона шудааст.',
    // {{count}} agreed recommendations, addressed to {{addressees}}.
    partSummary_other: '{{count}} тавсияи мувофиқашуда, ба {{addressees}} равона шудааст.',
    // Countries concerned: {{list}}.
    countriesOf: 'Кишварҳои марбут: {{list}}.',
    // Addressed to {{addressee}}
    addressedTo: 'Ба {{addressee}} равона шудааст',
    // No addressee named
    noAddressee: 'Суроғагир нишон дода нашудааст',
    // Also addressed to: {{list}}
    alsoTo: 'Инчунин ба: {{list}}',
    // Countries: {{list}}
    concerns: 'Кишварҳо: {{list}}',
    // Priority: {{priority}}
    priorityOf: 'Афзалият: {{priority}}',
    // Annex: recommendations not agreed
    annexTitle: 'Замима: тавсияҳои мувофиқанашуда',
    // Recorded for completeness; they are not part of the agreed outcome.
    annexIntro: 'Барои пуррагӣ сабт шудаанд; онҳо ба натиҷаи мувофиқашуда дохил намешаванд.',
    // No recommendation was recorded as not agreed.
    annexNone: 'Ягон тавсия ҳамчун мувофиқанашуда сабт нашудааст.',
    // Page {{page}} of {{pages}}
    page: 'Саҳифаи {{page}} аз {{pages}}',
    // Prepared {{time}} ({{zone}}) with {{app}} {{version}}.
    prepared: '{{time}} ({{zone}}) бо {{app}} {{version}} омода шуд.',
    // Roadmap of Cooperation
    roadmapTitle: 'Харитаи роҳи ҳамкорӣ',
    // The agreed recommendations of “{{event}}” as actions of a Roadmap of Cooperation among the countries of Central Asia.
    roadmapIntro: 'Тавсияҳои мувофиқашудаи «{{event}}» ҳамчун амалҳои Харитаи роҳи ҳамкорӣ байни кишварҳои Осиёи Марказӣ.',
    // , 
    listSeparator: ', ',
    sheets: {
      // Recommendations
      recommendations: 'Тавсияҳо',
      // Roadmap
      roadmap: 'Харитаи роҳ',
      // Timing
      timing: 'Вақт',
    },
    columns: {
      // ID
      id: 'ID',
      // Title
      title: 'Ном',
      // Recommendation
      text: 'Тавсия',
      // Status
      status: 'Ҳолат',
      // Priority
      priority: 'Афзалият',
      // WPS pillar
      pillar: 'Рукни ЗСА',
      // Conference objective
      objective: 'Ҳадафи конфронс',
      // Expected outcome
      outcome: 'Натиҷаи интизоршаванда',
      // Countries
      countries: 'Кишварҳо',
      // Addressees
      addressees: 'Суроғагирон',
      // Tags
      tags: 'Барчаспҳо',
      // Rapporteur
      rapporteur: 'Маърӯзачӣ',
      // Part
      part: 'Бахш',
      // Segment
      segment: 'Қисмат',
      // Speaker
      speaker: 'Суханрон',
      // Merged into
      mergedInto: 'Муттаҳид шуд бо',
      // Created ({{zone}})
      created: 'Сохта шуд ({{zone}})',
      // Updated ({{zone}})
      updated: 'Навсозӣ шуд ({{zone}})',
      // Row
      row: 'Сатр',
      // Country
      country: 'Кишвар',
      // Status
      segmentStatus: 'Ҳолат',
      // Planned start
      plannedStart: 'Оғози нақшавӣ',
      // Actual start
      actualStart: 'Оғози воқеӣ',
      // Actual end
      actualEnd: 'Анҷоми воқеӣ',
      // Planned (min)
      plannedMin: 'Нақшавӣ (дақ)',
      // Actual (min)
      actualMin: 'Воқеӣ (дақ)',
      // Over (+) / under (-) (min)
      overMin: 'Зиёдатӣ (+) / камӣ (-) (дақ)',
      // segment
      segmentRow: 'қисмат',
      // speaker
      speakerRow: 'суханрон',
    },
  },
};

export default {
  name: 'Тоҷикӣ',
  intl: 'tg',
  calendar: {
    months: ['Январ', 'Феврал', 'Март', 'Апрел', 'Май', 'Июн', 'Июл', 'Август', 'Сентябр', 'Октябр', 'Ноябр', 'Декабр'],
    monthsShort: ['Янв', 'Фев', 'Мар', 'Апр', 'Май', 'Июн', 'Июл', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
    weekdays: ['Якшанбе', 'Душанбе', 'Сешанбе', 'Чоршанбе', 'Панҷшанбе', 'Ҷумъа', 'Шанбе'],
    longDate: '{weekday}, {dd} {month} {year}',
    datedTime: '{day} {month} {year}, {hour}:{minute}',
    group: '\u00a0',
    decimal: ',',
  },
  messages,
} satisfies Locale;
