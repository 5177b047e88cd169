/**
 * Entry of a SCO's launch page (built by scripts/build-scorm.mjs with Vite, `base: './'`): reads the
 * SCO's configuration from the page, the question bank and the citations, opens the LMS session and
 * renders the SCO with the course's stylesheet.
 */
import '../styles/global.css';
import './sco.css';
import { render } from 'preact';
import type { Question } from '../content/schemas/question';
import { citations } from '../engine';
import { ouvrirSession } from './api';
import { Sco, type ConfigSco } from './Sco';

const fichiers = import.meta.glob<Question[]>('../content/questions/*.json', { eager: true, import: 'default' });
const banque = Object.keys(fichiers)
  .sort()
  .flatMap((k) => fichiers[k]!);

const racine = document.getElementById('sco')!;
const config = JSON.parse(document.getElementById('sco-config')!.textContent ?? '{}') as ConfigSco;
const pageSources = racine.dataset.pageSources ?? '';

render(<Sco config={config} donnees={{ banque, citations: { ...citations }, pageSources }} session={ouvrirSession()} />, racine);
