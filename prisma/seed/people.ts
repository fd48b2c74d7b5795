// Demo users, customer accounts and the name lists contacts and leads are drawn from.
// Every company here is fictional.
import type { RegionCode } from './reference';

export const DEMO_PASSWORD = 'tierline-demo';
export const DEMO_EMAIL_DOMAIN = 'tierline.local';

type Role = 'ADMIN' | 'EXECUTIVE' | 'SALES_MANAGER' | 'SALES_REP' | 'MARKETER' | 'VRB_MEMBER' | 'VRB_CHAIR';
type Domain = 'FINANCE' | 'LEGAL' | 'PROCUREMENT' | 'TECHNOLOGY';
export type DemoUserKey =
  'admin' | 'exec' | 'manager' | 'rep1' | 'rep2' | 'marketer' | 'finance' | 'legal' | 'procurement' | 'tech' | 'chair';

// One user per role (SPEC "Demo data and accounts"); manager@ is added so rep1/rep2 have a
// sales manager (the team scope "a manager edits their team's deals" needs one).
export const DEMO_USERS: { key: DemoUserKey; name: string; roles: Role[]; vrbDomains?: Domain[]; manager?: DemoUserKey }[] = [
  { key: 'admin', name: '관리자', roles: ['ADMIN'] },
  { key: 'exec', name: '최영호 전무', roles: ['EXECUTIVE'] },
  { key: 'manager', name: '박성민 팀장', roles: ['SALES_MANAGER'] },
  { key: 'rep1', name: '김민준', roles: ['SALES_REP'], manager: 'manager' },
  { key: 'rep2', name: '이서연', roles: ['SALES_REP'], manager: 'manager' },
  { key: 'marketer', name: '정하은', roles: ['MARKETER'] },
  { key: 'finance', name: '윤재혁 (재무)', roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'] },
  { key: 'legal', name: '송지아 (법무)', roles: ['VRB_MEMBER'], vrbDomains: ['LEGAL'] },
  { key: 'procurement', name: '임태윤 (구매)', roles: ['VRB_MEMBER'], vrbDomains: ['PROCUREMENT'] },
  { key: 'tech', name: '한도현 (기술)', roles: ['VRB_MEMBER'], vrbDomains: ['TECHNOLOGY'] },
  { key: 'chair', name: '장은정 상무 (VRB 의장)', roles: ['VRB_CHAIR'] },
];

export const demoEmail = (key: DemoUserKey) => `${key}@${DEMO_EMAIL_DOMAIN}`;

export type AccountDef = {
  name: string;
  domain: string;
  industry: string;
  country: string; // ISO 3166-1 alpha-2
  region: RegionCode;
  isPublic?: boolean;
  short?: string; // how reps name the customer in a deal title
  reputation?: string;
};

export const ACCOUNTS: AccountDef[] = [
  {
    name: '한빛전자',
    domain: 'hanbit-elec.co.kr',
    industry: '전자부품 제조',
    country: 'KR',
    region: 'CAPITAL',
    reputation: '지불 조건 양호, 구매팀 가격 협상이 매우 강함',
  },
  { name: '대한물류', domain: 'daehan-logis.co.kr', industry: '물류·창고', country: 'KR', region: 'CAPITAL' },
  {
    name: '새한제약',
    domain: 'saehan-pharm.co.kr',
    industry: '제약',
    country: 'KR',
    region: 'HONAM_CHUNGCHEONG',
    reputation: 'GMP 감사 대응 일정 때문에 프로젝트 일정이 자주 조정됨',
  },
  { name: '미래중공업', domain: 'mirae-hi.co.kr', industry: '조선·플랜트', country: 'KR', region: 'YEONGNAM' },
  { name: '동방해운', domain: 'dongbang-shipping.co.kr', industry: '해운', country: 'KR', region: 'YEONGNAM' },
  {
    name: '성진정밀',
    domain: 'sungjin-precision.co.kr',
    industry: '자동차 부품',
    country: 'KR',
    region: 'YEONGNAM',
    reputation: '현장 중심 의사결정, 공장장 영향력이 큼',
  },
  { name: '누리에너지', domain: 'nuri-energy.co.kr', industry: '발전·에너지', country: 'KR', region: 'HONAM_CHUNGCHEONG' },
  { name: '청운건설', domain: 'cheongwoon-enc.co.kr', industry: '건설', country: 'KR', region: 'CAPITAL' },
  {
    name: '한울캐피탈',
    domain: 'hanul-capital.co.kr',
    industry: '여신금융',
    country: 'KR',
    region: 'CAPITAL',
    reputation: '금감원 규제 대응 사업은 일정 준수가 최우선',
  },
  { name: '금강식품', domain: 'geumgang-food.co.kr', industry: '식품 제조', country: 'KR', region: 'HONAM_CHUNGCHEONG' },
  { name: '태평양화학', domain: 'taepyeong-chem.co.kr', industry: '정밀화학', country: 'KR', region: 'YEONGNAM' },
  { name: '하나로유통', domain: 'hanaro-retail.co.kr', industry: '유통·리테일', country: 'KR', region: 'CAPITAL' },
  { name: '백두모빌리티', domain: 'baekdu-mobility.co.kr', industry: '모빌리티 서비스', country: 'KR', region: 'CAPITAL' },
  { name: '서해바이오', domain: 'seohae-bio.co.kr', industry: '바이오', country: 'KR', region: 'HONAM_CHUNGCHEONG' },
  { name: '제일소재', domain: 'jeil-materials.co.kr', industry: '2차전지 소재', country: 'KR', region: 'HONAM_CHUNGCHEONG' },
  {
    name: '우리생명보험',
    domain: 'woori-life.example.kr',
    industry: '보험',
    country: 'KR',
    region: 'CAPITAL',
    reputation: '차세대 사업 이후 IT 투자 여력이 큼',
  },
  { name: '동해시멘트', domain: 'donghae-cement.co.kr', industry: '시멘트', country: 'KR', region: 'YEONGNAM' },
  { name: '신성병원그룹', domain: 'shinsung-hospital.or.kr', industry: '의료', country: 'KR', region: 'CAPITAL' },
  {
    name: '한국디지털행정진흥원',
    domain: 'kdap.or.kr',
    industry: '공공기관',
    country: 'KR',
    region: 'HONAM_CHUNGCHEONG',
    isPublic: true,
    short: '디지털행정진흥원',
    reputation: '조달청 협상에 의한 계약, 기술평가 90% 비중',
  },
  {
    name: '부산스마트항만공사',
    domain: 'bsport.or.kr',
    industry: '공공기관(항만)',
    country: 'KR',
    region: 'YEONGNAM',
    isPublic: true,
    short: '스마트항만공사',
  },
  {
    name: '중부수자원관리공단',
    domain: 'cwrm.or.kr',
    industry: '공공기관(수자원)',
    country: 'KR',
    region: 'HONAM_CHUNGCHEONG',
    isPublic: true,
    short: '수자원관리공단',
  },
  {
    name: '서울교통데이터공단',
    domain: 'stdc.or.kr',
    industry: '공공기관(교통)',
    country: 'KR',
    region: 'CAPITAL',
    isPublic: true,
    short: '교통데이터공단',
  },
  {
    name: '경남도시가스공사',
    domain: 'gncitygas.or.kr',
    industry: '공공기관(가스)',
    country: 'KR',
    region: 'YEONGNAM',
    isPublic: true,
    short: '도시가스공사',
  },
  {
    name: '호남에너지공사',
    domain: 'honam-energy.or.kr',
    industry: '공공기관(에너지)',
    country: 'KR',
    region: 'HONAM_CHUNGCHEONG',
    isPublic: true,
    short: '호남에너지',
  },
  { name: 'Viet Tin Bank', domain: 'viettinbank.example.vn', industry: '은행', country: 'VN', region: 'SEA', short: '비엣틴은행' },
  {
    name: 'Saigon Garment Group',
    domain: 'saigon-garment.example.vn',
    industry: '의류 제조',
    country: 'VN',
    region: 'SEA',
    short: '사이공가먼트',
  },
  {
    name: 'PT Nusantara Logistik',
    domain: 'nusantara-logistik.example.id',
    industry: '물류',
    country: 'ID',
    region: 'SEA',
    short: '누산타라물류',
  },
  {
    name: 'Al Noor Petrochemicals',
    domain: 'alnoor-petro.example.sa',
    industry: '석유화학',
    country: 'SA',
    region: 'MIDDLE_EAST',
    short: '알누르석유화학',
  },
  {
    name: 'Gulf Smart City Authority',
    domain: 'gscity.example.ae',
    industry: '스마트시티(정부)',
    country: 'AE',
    region: 'MIDDLE_EAST',
    isPublic: true,
    short: '걸프스마트시티청',
  },
  {
    name: 'Pacific Mobility Inc.',
    domain: 'pacific-mobility.example.com',
    industry: '전기차 부품',
    country: 'US',
    region: 'NORTH_AMERICA',
    short: '퍼시픽모빌리티',
  },
];

// Korean names for contacts and leads: [한글, romanised] so emails read naturally.
export const SURNAMES: [string, string][] = [
  ['김', 'kim'],
  ['이', 'lee'],
  ['박', 'park'],
  ['최', 'choi'],
  ['정', 'jung'],
  ['강', 'kang'],
  ['조', 'cho'],
  ['윤', 'yoon'],
  ['장', 'jang'],
  ['임', 'lim'],
  ['한', 'han'],
  ['오', 'oh'],
  ['서', 'seo'],
  ['신', 'shin'],
  ['권', 'kwon'],
  ['황', 'hwang'],
  ['안', 'ahn'],
  ['송', 'song'],
  ['류', 'ryu'],
  ['홍', 'hong'],
];
export const GIVEN_NAMES: [string, string][] = [
  ['지훈', 'jihoon'],
  ['서준', 'seojun'],
  ['민서', 'minseo'],
  ['지원', 'jiwon'],
  ['현우', 'hyunwoo'],
  ['수빈', 'subin'],
  ['예준', 'yejun'],
  ['하윤', 'hayoon'],
  ['도윤', 'doyoon'],
  ['지민', 'jimin'],
  ['승현', 'seunghyun'],
  ['유진', 'yujin'],
  ['태희', 'taehee'],
  ['정우', 'jungwoo'],
  ['나연', 'nayeon'],
  ['성훈', 'sunghoon'],
  ['은지', 'eunji'],
  ['재원', 'jaewon'],
  ['혜진', 'hyejin'],
  ['동현', 'donghyun'],
  ['소영', 'soyoung'],
  ['준혁', 'junhyuk'],
  ['미경', 'mikyung'],
  ['상욱', 'sangwook'],
  ['가영', 'gayoung'],
  ['영수', 'youngsoo'],
  ['보람', 'boram'],
  ['진호', 'jinho'],
  ['수연', 'sooyeon'],
  ['경민', 'kyungmin'],
];
// contacts of overseas customers: local names by country (fictional people)
export const FOREIGN_NAMES: Record<string, string[]> = {
  VN: ['Nguyen Thi Lan', 'Tran Minh Duc', 'Le Hoang Nam', 'Pham Thu Ha', 'Vo Quoc Bao', 'Dang Thanh Tam'],
  ID: ['Budi Santoso', 'Siti Rahma', 'Andi Wijaya', 'Dewi Lestari', 'Rizky Pratama', 'Agus Setiawan'],
  SA: ['Abdullah Al-Qahtani', 'Fahad Al-Otaibi', 'Khalid Al-Ghamdi', 'Sara Al-Mutairi', 'Faisal Al-Dosari', 'Reem Al-Shehri'],
  AE: ['Ahmed Al-Mansoori', 'Layla Hassan', 'Yousef Khalil', 'Mariam Al-Suwaidi', 'Omar Haddad', 'Hamad Al-Ketbi'],
  US: ['Michael Carter', 'Jennifer Lee', 'David Kim', 'Emily Johnson', 'Robert Chen', 'Sarah Miller'],
};
export const FOREIGN_TITLES: Record<string, string[]> = {
  DECISION_MAKER: ['CIO', 'CTO', 'VP of IT'],
  INFLUENCER: ['IT Planning Director', 'Head of Operations'],
  CHAMPION: ['IT Manager', 'Senior IT Manager'],
  GATEKEEPER: ['Procurement Manager'],
  USER: ['Business Analyst'],
};

// Companies that appear only as marketing leads (not yet customers).
export const LEAD_COMPANY_PREFIXES: [string, string][] = [
  ['한결', 'hangyeol'],
  ['세진', 'sejin'],
  ['대성', 'daesung'],
  ['유니온', 'union'],
  ['코어', 'core'],
  ['그린', 'green'],
  ['에이스', 'ace'],
  ['푸른', 'pureun'],
  ['동아', 'donga'],
  ['삼원', 'samwon'],
  ['일진', 'iljin'],
  ['한마음', 'hanmaeum'],
  ['새롬', 'saerom'],
  ['온누리', 'onnuri'],
  ['으뜸', 'eutteum'],
  ['다온', 'daon'],
  ['성원', 'sungwon'],
  ['광명', 'gwangmyeong'],
];
export const LEAD_COMPANY_SUFFIXES: [string, string][] = [
  ['테크', 'tech'],
  ['산업', 'ind'],
  ['정보통신', 'ict'],
  ['제약', 'pharm'],
  ['물산', 'trading'],
  ['로지스', 'logis'],
  ['에너지', 'energy'],
  ['푸드', 'food'],
  ['메디칼', 'medical'],
  ['화학', 'chem'],
  ['오토', 'auto'],
  ['시스템', 'sys'],
];
