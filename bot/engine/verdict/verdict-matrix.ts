/**
 * Every glossary service against every data class, each cell decided by `decideVerdict`, the
 * same code that decides a question, so the admin page and the `matrix` command can never
 * disagree with an answer. A cell also holds the later documents that bear on its ruling.
 */
import { DocumentInfo, Glossary, Language, LocalizedText, Verdict } from '../types';
import { RulingRef, activeRulings, decideVerdict } from './decide-verdict';
import { laterDocumentsFor } from './later-documents';

export interface MatrixSource {
  id: string;
  title: string;
  issuer: string;
  date: string;
  dateApproximate: boolean;
  path: string;
}

export interface MatrixCell {
  service: string;
  data: string;
  /** null: no ruling applies (no guess). */
  verdict: Verdict | null;
  /** The ruling that decides, with the glossary ids it was written for (a parent's, when inherited). */
  ruling?: { service: string; data: string; conditions: LocalizedText[]; note?: LocalizedText };
  decidedBy?: MatrixSource;
  /** Newer broader rulings that disagree, as the answer names them. */
  broader: (MatrixSource & { verdict: Verdict })[];
  /** Newer documents whose `concerns` bear on the deciding ruling (later law, judgments). */
  later: (MatrixSource & { change?: LocalizedText })[];
}

export interface VerdictMatrix {
  /** `parent`: the service it is part of (Teams of Office 365), whose rulings it inherits. */
  services: { id: string; label: Record<Language, string>; parent?: string }[];
  data: { id: string; label: Record<Language, string> }[];
  /** Row per service, in `services` order; a cell per data class, in `data` order. */
  cells: MatrixCell[][];
}

export function verdictMatrix(glossary: Glossary, documents: DocumentInfo[]): VerdictMatrix {
  const rulings = activeRulings(documents);
  const services = Object.values(glossary.services).map(({ id, label, parent }) => ({ id, label, ...(parent ? { parent } : {}) }));
  const data = Object.values(glossary.data).map(({ id, label }) => ({ id, label }));
  const cells = services.map((service) => data.map((dataClass) => decideCell(service.id, dataClass.id, rulings, documents, glossary)));
  return { services, data, cells };
}

function decideCell(service: string, data: string, rulings: RulingRef[], documents: DocumentInfo[], glossary: Glossary): MatrixCell {
  const [pair] = decideVerdict({ services: [service], data: [data] }, rulings, glossary).pairs;
  const winner = pair?.winner;
  if (!winner) return { service, data, verdict: null, broader: [], later: [] };
  const { ruling } = winner;
  return {
    service,
    data,
    verdict: ruling.verdict,
    ruling: { service: ruling.service, data: ruling.data, conditions: ruling.conditions, ...(ruling.note ? { note: ruling.note } : {}) },
    decidedBy: sourceOf(winner.document),
    broader: pair.caveats.map((ref) => ({ ...sourceOf(ref.document), verdict: ref.ruling.verdict })),
    later: laterDocumentsFor(winner, documents, glossary).map((d) => ({ ...sourceOf(d), ...(d.concerns?.change ? { change: d.concerns.change } : {}) })),
  };
}

function sourceOf(document: DocumentInfo): MatrixSource {
  const { id, title, issuer, date, dateApproximate, path } = document;
  return { id, title, issuer, date, dateApproximate, path };
}
