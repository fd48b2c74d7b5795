// Messages are one JSON file per namespace and locale, so features edit their own files.
import ko_common from './messages/ko/common.json';
import en_common from './messages/en/common.json';
import ko_nav from './messages/ko/nav.json';
import en_nav from './messages/en/nav.json';
import ko_auth from './messages/ko/auth.json';
import en_auth from './messages/en/auth.json';
import ko_errors from './messages/ko/errors.json';
import en_errors from './messages/en/errors.json';
import ko_leads from './messages/ko/leads.json';
import en_leads from './messages/en/leads.json';
import ko_tiers from './messages/ko/tiers.json';
import en_tiers from './messages/en/tiers.json';
import ko_opportunity from './messages/ko/opportunity.json';
import en_opportunity from './messages/en/opportunity.json';
import ko_reports from './messages/ko/reports.json';
import en_reports from './messages/en/reports.json';
import ko_dashboard from './messages/ko/dashboard.json';
import en_dashboard from './messages/en/dashboard.json';
import ko_vrb from './messages/ko/vrb.json';
import en_vrb from './messages/en/vrb.json';
import ko_postmortems from './messages/ko/postmortems.json';
import en_postmortems from './messages/en/postmortems.json';
import ko_accounts from './messages/ko/accounts.json';
import en_accounts from './messages/en/accounts.json';
import ko_settings from './messages/ko/settings.json';
import en_settings from './messages/en/settings.json';
import ko_receivables from './messages/ko/receivables.json';
import en_receivables from './messages/en/receivables.json';
import ko_search from './messages/ko/search.json';
import en_search from './messages/en/search.json';
import ko_audit from './messages/ko/audit.json';
import en_audit from './messages/en/audit.json';
import ko_people from './messages/ko/people.json';
import en_people from './messages/en/people.json';
import ko_reference from './messages/ko/reference.json';
import en_reference from './messages/en/reference.json';
import ko_pipeline from './messages/ko/pipeline.json';
import en_pipeline from './messages/en/pipeline.json';
import ko_table from './messages/ko/table.json';
import en_table from './messages/en/table.json';
import ko_work from './messages/ko/work.json';
import en_work from './messages/en/work.json';
import ko_tools from './messages/ko/tools.json';
import en_tools from './messages/en/tools.json';
import ko_powerMap from './messages/ko/powerMap.json';
import en_powerMap from './messages/en/powerMap.json';
import ko_experts from './messages/ko/experts.json';
import en_experts from './messages/en/experts.json';

export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';
export const LOCALE_COOKIE = 'tierline-locale';

export const MESSAGES = {
  ko: {
    common: ko_common,
    nav: ko_nav,
    auth: ko_auth,
    errors: ko_errors,
    leads: ko_leads,
    tiers: ko_tiers,
    opportunity: ko_opportunity,
    reports: ko_reports,
    dashboard: ko_dashboard,
    vrb: ko_vrb,
    postmortems: ko_postmortems,
    accounts: ko_accounts,
    settings: ko_settings,
    receivables: ko_receivables,
    search: ko_search,
    audit: ko_audit,
    people: ko_people,
    reference: ko_reference,
    pipeline: ko_pipeline,
    table: ko_table,
    work: ko_work,
    tools: ko_tools,
    powerMap: ko_powerMap,
    experts: ko_experts,
  },
  en: {
    common: en_common,
    nav: en_nav,
    auth: en_auth,
    errors: en_errors,
    leads: en_leads,
    tiers: en_tiers,
    opportunity: en_opportunity,
    reports: en_reports,
    dashboard: en_dashboard,
    vrb: en_vrb,
    postmortems: en_postmortems,
    accounts: en_accounts,
    settings: en_settings,
    receivables: en_receivables,
    search: en_search,
    audit: en_audit,
    people: en_people,
    reference: en_reference,
    pipeline: en_pipeline,
    table: en_table,
    work: en_work,
    tools: en_tools,
    powerMap: en_powerMap,
    experts: en_experts,
  },
} as const;

export function isLocale(v: unknown): v is Locale {
  return v === 'ko' || v === 'en';
}
