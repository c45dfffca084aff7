import axe from 'axe-core'
import type { Action, Plan } from '@/api/plan'
import type { User } from './helpers'
import { COORDINATOR_RIGHTS, sampleContract } from './helpers'

export const pilot: User = { roles: ['pilot'], email: 'pilot@example.org' }
export const CONTRACT = sampleContract()
export const AXIS1 = 'a1a1a1a1-0000-4000-8000-000000000001'
export const AXIS2 = 'a1a1a1a1-0000-4000-8000-000000000002'
export const OBJ11 = 'b1b1b1b1-0000-4000-8000-000000000011'
export const OBJ21 = 'b1b1b1b1-0000-4000-8000-000000000021'
export const ACTION1 = 'c1c1c1c1-0000-4000-8000-000000000111'
export const ACTION2 = 'c1c1c1c1-0000-4000-8000-000000000211'
export const CPTS = 'd1d1d1d1-0000-4000-8000-000000000001'
export const ARS_PARTNER = 'd1d1d1d1-0000-4000-8000-000000000002'

export const path = (req: Request) => new URL(req.url).pathname

export function samplePlan(): Plan {
  return {
    contractId: CONTRACT.id,
    actionCount: 2,
    progress: 40,
    axes: [
      {
        id: AXIS1, version: 2, number: 1, title: 'Prévention', description: 'Dès le plus jeune âge', actionCount: 1, progress: 30,
        objectives: [
          {
            id: OBJ11, version: 1, number: 1, code: '1.1', title: 'Bouger plus',
            actions: [{ id: ACTION1, code: '1.1.1', title: 'Sport santé sur ordonnance', status: 'IN_PROGRESS', progress: 30, late: false, pilotPartnerId: CPTS, pilotPartnerName: 'CPTS du Grand Cahors' }],
          },
        ],
      },
      {
        id: AXIS2, version: 5, number: 2, title: 'Accès aux soins', actionCount: 1, progress: 50,
        objectives: [
          {
            id: OBJ21, version: 3, number: 1, code: '2.1', title: 'Attirer les médecins',
            actions: [{ id: ACTION2, code: '2.1.1', title: 'Accueil des internes', status: 'POSTPONED', progress: 50, late: true }],
          },
        ],
      },
    ],
  }
}

/** The demo action as a coordinator of its contract reads it (give `permissions` for other callers). */
export function sampleAction(over: Partial<Action> = {}): Action {
  return {
    id: ACTION1,
    version: 4,
    contractId: CONTRACT.id,
    axisId: AXIS1,
    objectiveId: OBJ11,
    code: '1.1.1',
    codeSet: false,
    title: 'Sport santé sur ordonnance',
    rationale: 'Forte sédentarité.',
    goals: 'Orienter 150 patients par an.',
    description: 'Des créneaux encadrés.',
    targetPublic: 'Patients en ALD',
    themes: ['PHYSICAL_ACTIVITY', 'PREVENTION'],
    communeCodes: ['46042'],
    priorityNeighbourhoods: ['Terre Rouge'],
    startDate: '2025-03-01',
    endDate: '2026-12-31',
    status: 'IN_PROGRESS',
    progress: 30,
    late: false,
    priority: 'HIGH',
    links: { cpts: 'Projet de santé de la CPTS' },
    evaluationNotes: 'Bilan à mi-parcours.',
    pilot: { partnerId: CPTS, partnerName: 'CPTS du Grand Cahors', contactId: 'e1', contactName: 'Paul Pilote', contactEmail: 'pilot@example.org' },
    partners: [{ partnerId: ARS_PARTNER, partnerName: 'ARS Occitanie', role: 'FUNDER' }],
    fundings: [
      { funderId: ARS_PARTNER, funderName: 'ARS Occitanie', year: 2025, amount: 12000, kind: 'OPERATING', status: 'GRANTED' },
      { funderId: ARS_PARTNER, funderName: 'ARS Occitanie', year: 2026, amount: 5000, kind: 'OPERATING', status: 'REQUESTED' },
    ],
    fundingTotals: {
      total: 17000,
      byStatus: { REQUESTED: 5000, GRANTED: 12000, PAID: 0 },
      byFunder: [{ funderId: ARS_PARTNER, funderName: 'ARS Occitanie', total: 17000, byStatus: { REQUESTED: 5000, GRANTED: 12000, PAID: 0 } }],
    },
    steps: [
      { title: 'Former les éducateurs', dueDate: '2025-06-30', done: true },
      { title: 'Premières prescriptions', dueDate: '2025-09-30', done: false },
    ],
    createdAt: '2025-01-02T09:00:00Z',
    createdBy: 'coord',
    updatedAt: '2025-02-03T10:30:00Z',
    updatedBy: 'coord',
    permissions: COORDINATOR_RIGHTS,
    ...over,
  }
}

/** axe-core in jsdom (no layout, so colour contrast is left to the browser end-to-end test). */
export async function seriousViolations() {
  const results = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  })
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}

// Mounting whole pages is slow on a loaded machine
export const SLOW = { timeout: 30_000 }
