export { addAccountActivity } from './add-account-activity';
export { getThisWeek } from './this-week';
