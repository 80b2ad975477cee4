import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [entryImport, file='dist/index.js'] = process.argv.slice(2);
const r = await build({
  stdin: { contents: `export ${entryImport} from '${process.cwd()}/${file}'`, resolveDir: process.cwd(), loader: 'js' },
  bundle: true, minify: true, write: false, format: 'esm', metafile: true,
  external: ['react', 'react-dom', 'react/*', 'react-dom/*'], treeShaking: true,
});
const out = r.outputFiles[0].contents;
console.log('total gzip', gzipSync(out, {level:9}).length, 'raw', out.length);
const outputs = Object.values(r.metafile.outputs)[0].inputs;
for (const [k,v] of Object.entries(outputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(String(v.bytesInOutput).padStart(6), k.replace(process.cwd()+'/',''));
