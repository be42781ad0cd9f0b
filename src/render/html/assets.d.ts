// What build/page-assets.js makes of an `?page-asset` import: the file's code (a TypeScript entry
// bundled into one script) and the Content-Security-Policy hash source of that code.
declare module '*?page-asset' {
  const asset: { code: string; hash: string };
  export default asset;
}
