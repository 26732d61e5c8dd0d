/**
 * The organisation ids the seed processes route to. The seed data
 * (server/src/seed) creates these organisations and their people; an
 * administrator who renames one keeps its id, so definitions stay valid.
 */
export const SEED_ORGS = {
  investmentCentre: 'org-yunmeng-investment-centre',
  abcYunmeng: 'org-abc-yunmeng',
  abcXiaogan: 'org-abc-xiaogan',
  economyBureau: 'org-economy-bureau',
  ndrc: 'org-ndrc',
  naturalResources: 'org-natural-resources',
  ecology: 'org-eco',
  housing: 'org-housing',
  propertyRegistration: 'org-property-registration',
  highTechZone: 'org-high-tech-zone',
  humanResources: 'org-hrss',
  finance: 'org-finance',
  supervision: 'org-supervision',
} as const;
