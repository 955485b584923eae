/**
 * The typeface of the PDF documents: Noto Sans (SIL Open Font License 1.1),
 * regular and bold, from the npm package @expo-google-fonts/noto-sans,
 * which ships them as TrueType files (PDFKit embeds TrueType or OpenType,
 * not the WOFF files most font packages ship). It has every letter of
 * Russian, Kazakh (ә ғ қ ң ө ұ ү һ і), Kyrgyz, Tajik, Uzbek and Turkmen, so
 * the documents need no font of the computer they are made on; PDFKit
 * embeds only the glyphs a document uses.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;
