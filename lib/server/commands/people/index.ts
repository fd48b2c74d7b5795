export { createUser } from './create-user';
export { updateUser } from './update-user';
export { resetPassword } from './reset-password';
export { completeSetup, inspectSetupToken } from './complete-setup';
export { changePassword } from './change-password';
export { createTeam } from './create-team';
export { updateTeam } from './update-team';
