/**
 * What the crash harness types: run-of-show edits, speaker names, timer
 * messages and recommendations in the languages of the Dialogue (Russian,
 * Kazakh, Kyrgyz, Tajik, Turkmen, Uzbek) and English, with the letters that
 * break naive byte handling (ә ғ қ ң ө ұ ү һ і, ҳ ҷ ӣ ӯ, ý ň ž, the Uzbek
 * ʻ U+02BB) and a few emoji outside the Basic Multilingual Plane.
 */

export const SEGMENT_TITLES = [
  'Панельная дискуссия: роль женщин в предотвращении конфликтов',
  'Әйелдер, бейбітшілік және қауіпсіздік: ұлттық тәжірибе',
  'Аялдардын тынчтык процесстерине катышуусу',
  'Нақши занон дар пешгирии низоъҳо ва эътимодсозӣ',
  'Aýal-gyzlar, parahatçylyk we howpsuzlyk',
  'Xotin-qizlar va tinchlik: Oʻzbekiston tajribasi',
  'National action plans on Resolution 1325',
  'Open Day for Peace 🕊️ questions from the floor',
];

export const NOTES = [
  'Синхронный перевод на казахский и английский языки, кабина 2.',
  'Аудармашылар кабинасы дайын; микрофондарды тексеріңіз.',
  'Remote speaker joins by video; check the return audio first.',
  'Слайды у технического специалиста, флешка №3.',
  'Спикерге 30 секунд қалғанда белгі беріңіз.',
  'Сӯҳбат бо забони тоҷикӣ, тарҷума ба русӣ.',
  'Fotosurat va qahva tanaffusi 15 daqiqa 📷',
];

export const SPEAKER_NAMES = [
  'Айгерим Нурланова',
  'Сәуле Жұмабаева',
  'Гүлнара Исаева',
  'Ainura Sadykova',
  'Мадина Раҳимова',
  'Jeren Orazowa',
  'Nilufar Oʻrinova',
  'Ольга Петрова',
];

export const ORGANIZATIONS = [
  'Парламент Республики Казахстан',
  'ҚР Парламенті Мәжілісі',
  'Жогорку Кеңеш',
  'Маҷлиси Олии Ҷумҳурии Тоҷикистон',
  'Mejlis of Turkmenistan',
  'Oliy Majlis',
  'UN Women',
  'Общественный фонд «Голос женщин»',
];

export const PART_TITLES = ['Дополнительная сессия', 'Қосымша сессия', 'Afternoon working groups', 'Кечки сессия'];

export const CHAIRS = ['Модератор: ООН-Женщины', 'Модератор: БҰҰ Әйелдер', 'Chair: OSCE', 'Раис: Кумитаи кор бо занон'];

export const TIMER_MESSAGES = [
  'Осталась одна минута',
  'Бір минут қалды',
  'Please wrap up',
  'Пожалуйста, завершайте выступление',
  'Сөзіңізді аяқтаңыз 🙏',
  'Вақт тамом шуд',
];

export const RECOMMENDATIONS = [
  'Разработать региональную дорожную карту сотрудничества по повестке «Женщины, мир и безопасность».',
  'Әйелдердің бейбітшілік келіссөздеріне қатысуын кемінде 30 пайызға дейін арттыру ұсынылсын.',
  'Ұлттық іс-қимыл жоспарларына гендерлік сараптама енгізілсін және оған қаражат бөлінсін.',
  'Жергиликтүү деңгээлде аялдар кеңештерин колдоо жана каржылоо.',
  'Ба нақшаи миллии амал оид ба Қатъномаи 1325 маблағгузории алоҳида ҷудо карда шавад.',
  'Zenanlaryň parahatçylyk gepleşiklerine gatnaşygyny giňeltmek.',
  'Xotin-qizlar qoʻmitalari faoliyatini mustahkamlash va moliyalashtirish.',
  'Establish a regional network of women mediators reporting each year to the parliaments.',
  'Создать круглосуточную горячую линию для пострадавших от насилия ☎️',
];

export const REC_TITLES = ['Дорожная карта', 'Жол картасы', 'Медиаторлар желісі', 'Funding 1325 plans', 'Қатъномаи 1325'];

export const TAGS = ['жол картасы', 'медиация', 'законодательство', 'youth', 'қаржыландыру', 'ҳуқуқ'];

export const RAPPORTEURS = ['Айгүл Серікқызы', 'Мария Иванова', 'Rapporteur UZ', 'Нозанин Ҳасанова'];

/** A unique, recognisable value: the text and the command's number. */
export function tagged(text: string, n: number): string {
  return `${text} #${n}`;
}

/** A long recommendation (a few kilobytes, under the 4,000-character limit): journal lines of several KB. */
export function longText(parts: readonly string[], first: number): string {
  let text = '';
  for (let i = first; text.length < 2500; i++) text += `${parts[i % parts.length]} `;
  return text.trim();
}
