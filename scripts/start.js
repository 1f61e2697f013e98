// `npm start`: build the site if build/ is missing or older than its inputs, then serve it.
import { ensureBuild } from './ensure-build.js';
import { createServer } from './serve.js';

ensureBuild((msg) => console.log(msg), process.stdout);
const port = Number(process.env.PORT ?? 4173);
createServer().listen(port, '127.0.0.1', () => {
	console.log(
		`MNR Explorer is being served at http://localhost:${port}${process.env.BASE_PATH ?? ''}/  (Ctrl+C to stop)`
	);
});
