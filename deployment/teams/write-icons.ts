/** `npm run teams:icons`: redraws color.png and outline.png beside the manifest. */
import fs from 'node:fs';
import path from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './draw-icons';

fs.writeFileSync(path.join(__dirname, 'color.png'), drawColorIcon());
fs.writeFileSync(path.join(__dirname, 'outline.png'), drawOutlineIcon());
process.stdout.write(`wrote ${path.join(__dirname, 'color.png')} and outline.png\n`);
