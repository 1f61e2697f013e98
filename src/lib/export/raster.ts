/**
 * PNG from an exported SVG: the SVG (styles already inline, no external references) is loaded
 * as an image from a blob: URL — allowed by the site's CSP `img-src 'self' data: blob:` and
 * never a network request — drawn onto a canvas at 1×, 2× or 3× and encoded. The canvas is
 * filled with the background first so the PNG is never transparent where the SVG is.
 */
export async function rasterise(
	svg: string,
	width: number,
	height: number,
	scale: number,
	background: string
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'async';
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser cannot draw to a canvas.');
		ctx.fillStyle = background;
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		// An SVG image is drawn as vectors at the target size, so 2× and 3× stay sharp.
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new Error('The picture could not be encoded as PNG.');
		return blob;
	} finally {
		URL.revokeObjectURL(url);
	}
}
