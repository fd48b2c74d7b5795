export { addPowerMapPerson } from './add-person';
export { updatePowerMapPerson } from './update-person';
export { getOpportunityPowerMap, getAccountPowerMap } from './get-power-map';
