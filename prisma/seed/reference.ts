// Reference data of the demo: what an admin of a Korean IT-services firm would have configured.
// Codes are stable identifiers (inserted with skipDuplicates, so rows an admin or a migration
// already made are kept and reused).

export const BUSINESS_CATEGORIES = [
  { code: 'SI', nameKo: 'SI 구축', nameEn: 'System integration', sortOrder: 10 },
  { code: 'SM', nameKo: 'SM 운영', nameEn: 'Managed services', sortOrder: 20 },
  { code: 'CLOUD', nameKo: '클라우드 전환', nameEn: 'Cloud migration', sortOrder: 30 },
  { code: 'SECURITY', nameKo: '보안', nameEn: 'Security', sortOrder: 40 },
  { code: 'DATA_AI', nameKo: '데이터/AI', nameEn: 'Data & AI', sortOrder: 50 },
  { code: 'SMART_FACTORY', nameKo: '스마트팩토리', nameEn: 'Smart factory', sortOrder: 60 },
] as const;
export type CategoryCode = (typeof BUSINESS_CATEGORIES)[number]['code'];

export const SALES_REGIONS = [
  { code: 'CAPITAL', nameKo: '수도권', nameEn: 'Seoul metropolitan', scope: 'DOMESTIC', sortOrder: 10 },
  { code: 'YEONGNAM', nameKo: '영남', nameEn: 'Yeongnam', scope: 'DOMESTIC', sortOrder: 20 },
  { code: 'HONAM_CHUNGCHEONG', nameKo: '호남·충청', nameEn: 'Honam & Chungcheong', scope: 'DOMESTIC', sortOrder: 30 },
  { code: 'SEA', nameKo: '동남아', nameEn: 'Southeast Asia', scope: 'OVERSEAS', sortOrder: 40 },
  { code: 'MIDDLE_EAST', nameKo: '중동', nameEn: 'Middle East', scope: 'OVERSEAS', sortOrder: 50 },
  { code: 'NORTH_AMERICA', nameKo: '북미', nameEn: 'North America', scope: 'OVERSEAS', sortOrder: 60 },
] as const;
export type RegionCode = (typeof SALES_REGIONS)[number]['code'];

export const COUNTRY_REGION: Record<string, RegionCode> = {
  VN: 'SEA',
  ID: 'SEA',
  TH: 'SEA',
  SA: 'MIDDLE_EAST',
  AE: 'MIDDLE_EAST',
  US: 'NORTH_AMERICA',
};

type ReasonDef = { kind: 'WON' | 'LOST' | 'NO_BID' | 'DROPPED' | 'DISQUALIFY'; code: string; labelKo: string; labelEn: string };
export const REASONS: ReasonDef[] = [
  { kind: 'WON', code: 'PRICE', labelKo: '가격 경쟁력', labelEn: 'Competitive price' },
  { kind: 'WON', code: 'TECHNICAL', labelKo: '기술 제안 우위', labelEn: 'Stronger technical proposal' },
  { kind: 'WON', code: 'RELATIONSHIP', labelKo: '고객 관계·신뢰', labelEn: 'Customer relationship and trust' },
  { kind: 'WON', code: 'REFERENCE', labelKo: '유사 사업 수행 실적', labelEn: 'Similar project references' },
  { kind: 'WON', code: 'INCUMBENT', labelKo: '기존 운영사 이점', labelEn: 'Incumbent advantage' },
  { kind: 'LOST', code: 'PRICE', labelKo: '가격 열위', labelEn: 'Price too high' },
  { kind: 'LOST', code: 'TECHNICAL', labelKo: '기술 평가 열위', labelEn: 'Lower technical score' },
  { kind: 'LOST', code: 'RELATIONSHIP', labelKo: '경쟁사 고객 관계', labelEn: "Competitor's relationship" },
  { kind: 'LOST', code: 'REQUIREMENTS', labelKo: '요구사항 이해 부족', labelEn: 'Requirements misunderstood' },
  { kind: 'LOST', code: 'PROJECT_CANCELLED', labelKo: '고객 사업 취소·연기', labelEn: 'Customer cancelled or postponed' },
  { kind: 'NO_BID', code: 'LOW_MARGIN', labelKo: '수익성 미달', labelEn: 'Margin too low' },
  { kind: 'NO_BID', code: 'RESOURCES', labelKo: '수행 인력 부족', labelEn: 'No delivery capacity' },
  { kind: 'NO_BID', code: 'CONTRACT_TERMS', labelKo: '불리한 계약 조건', labelEn: 'Unfavourable contract terms' },
  { kind: 'NO_BID', code: 'WIRED_RFP', labelKo: '특정 업체 유리한 RFP', labelEn: 'RFP written for a competitor' },
  { kind: 'DROPPED', code: 'VRB_MARGIN', labelKo: 'VRB 수익성 기준 미달', labelEn: 'Below the VRB margin floor' },
  { kind: 'DROPPED', code: 'VRB_RISK', labelKo: 'VRB 리스크 과다', labelEn: 'Risk too high (VRB)' },
  { kind: 'DROPPED', code: 'STRATEGY', labelKo: '사업 전략 불일치', labelEn: 'Not in our strategy' },
  { kind: 'DISQUALIFY', code: 'NO_BUDGET', labelKo: '예산 없음', labelEn: 'No budget' },
  { kind: 'DISQUALIFY', code: 'NO_NEED', labelKo: '니즈 없음', labelEn: 'No need' },
  { kind: 'DISQUALIFY', code: 'COMPETITOR', labelKo: '경쟁사 관계자', labelEn: 'Works for a competitor' },
  { kind: 'DISQUALIFY', code: 'INVALID_CONTACT', labelKo: '연락처 불명확', labelEn: 'Unreachable contact' },
  { kind: 'DISQUALIFY', code: 'STUDENT', labelKo: '학생·개인 문의', labelEn: 'Student or private inquiry' },
];

// SPEC §4 default stages; stage 3 is the bid approval that unlocks Tier 1.
export const VRB_STAGES = [
  {
    order: 1,
    code: 'QUALIFICATION',
    nameKo: '사업기회 검증',
    nameEn: 'Opportunity qualification',
    requiredDomains: ['FINANCE', 'TECHNOLOGY'],
    isBidApproval: false,
  },
  {
    order: 2,
    code: 'SOLUTION_PRICING',
    nameKo: '솔루션 및 가격 전략',
    nameEn: 'Solution and pricing strategy',
    requiredDomains: ['FINANCE', 'PROCUREMENT', 'TECHNOLOGY'],
    isBidApproval: false,
  },
  {
    order: 3,
    code: 'BID_APPROVAL',
    nameKo: '입찰/제안 승인',
    nameEn: 'Bid / proposal approval',
    requiredDomains: ['FINANCE', 'LEGAL', 'PROCUREMENT', 'TECHNOLOGY'],
    isBidApproval: true,
  },
  {
    order: 4,
    code: 'NEGOTIATION',
    nameKo: '우선협상 및 협상',
    nameEn: 'Negotiation (preferred bidder)',
    requiredDomains: ['FINANCE', 'LEGAL'],
    isBidApproval: false,
  },
  {
    order: 5,
    code: 'CONTRACT',
    nameKo: '계약 승인',
    nameEn: 'Contract approval',
    requiredDomains: ['FINANCE', 'LEGAL', 'PROCUREMENT'],
    isBidApproval: false,
  },
] as const;

export const COMPETITORS = [
  {
    name: '삼성SDS',
    strengths: '대형 SI 수행 역량, 클라우드(SCP) 자체 보유, 그룹사 레퍼런스',
    weaknesses: '높은 단가, 중소 규모 사업 관심 낮음',
    notes: '공공 대형사업 참여 제한 예외 사업에 집중',
  },
  {
    name: 'LG CNS',
    strengths: '금융·공공 차세대 경험, AI·클라우드 전환 역량',
    weaknesses: '가격 협상 경직, 하도급 비중 높음',
    notes: '국내 VRB 원조: 수익성 기준이 엄격해 저가 입찰은 드묾',
  },
  {
    name: 'SK C&C',
    strengths: '제조·통신 도메인, 데이터 센터 인프라',
    weaknesses: '공공 부문 실적 상대적 부족',
    notes: '스마트팩토리 사업에서 자주 경쟁',
  },
  {
    name: '현대오토에버',
    strengths: '자동차·모빌리티 도메인, 그룹사 물량',
    weaknesses: '비그룹사 고객 대응 경험 적음',
    notes: '모빌리티·제조 MES 사업에서 경쟁',
  },
  {
    name: '포스코DX',
    strengths: '철강·플랜트 자동화, OT 보안',
    weaknesses: '일반 업무 SI 레퍼런스 제한',
    notes: '스마트팩토리·산업용 AI 강자',
  },
  {
    name: '롯데이노베이트',
    strengths: '유통·물류 도메인, 무인매장 솔루션',
    weaknesses: '대형 공공 사업 경험 부족',
    notes: '물류·유통 고객 영업 시 주의',
  },
  {
    name: 'KT DS',
    strengths: '통신 인프라 결합 제안, 공공 클라우드',
    weaknesses: '애플리케이션 전문 인력 부족',
    notes: '공공 클라우드 전환 사업에서 저가 제안 사례 있음',
  },
  { name: 'CJ올리브네트웍스', strengths: '유통·식품 도메인, 데이터 분석', weaknesses: '제조 현장 경험 부족', notes: '' },
  {
    name: '대우정보시스템',
    strengths: '공공·국방 SI 경험, 합리적 가격',
    weaknesses: '최신 클라우드 네이티브 역량 제한',
    notes: '중견 공공 사업에서 가격으로 경쟁',
  },
  {
    name: 'FPT Software',
    strengths: '베트남 현지 인력, 낮은 인건비',
    weaknesses: '한국어 커뮤니케이션, 품질 관리',
    notes: '동남아 사업에서 주요 경쟁사',
  },
  {
    name: 'Accenture',
    strengths: '글로벌 컨설팅, 중동·북미 고객 네트워크',
    weaknesses: '매우 높은 단가',
    notes: '해외 대형 사업의 컨설팅 단계부터 참여',
  },
] as const;

export const QA_ENTRIES = [
  {
    needType: '클라우드 전환',
    question: '기존 온프레미스 시스템을 모두 옮겨야 하나요?',
    answer: '업무 중요도와 변경 빈도로 분류해 재호스팅·리플랫폼·재구축을 단계적으로 적용합니다. 1단계는 보통 전체의 30% 이내입니다.',
  },
  {
    needType: '클라우드 전환',
    question: '전환 후 운영비가 오히려 늘지 않나요?',
    answer:
      '예약 인스턴스와 자동 확장, 야간 중지 정책을 적용한 유사 고객 사례에서 3년 TCO가 평균 18% 줄었습니다. 현 사용량 기준 시뮬레이션을 제공합니다.',
  },
  {
    needType: '보안',
    question: '제로트러스트를 도입하면 기존 VPN은 어떻게 되나요?',
    answer:
      '사용자·기기 인증을 먼저 강화하고 업무 시스템별로 접근 정책을 옮긴 뒤 VPN을 단계적으로 축소합니다. 병행 기간은 보통 3~6개월입니다.',
  },
  {
    needType: '보안',
    question: '개인정보보호법 개정 사항도 반영되나요?',
    answer: '가명처리·결합 절차와 접속기록 보관 기준을 설계 단계 점검표에 포함하고, 법무 검토 결과를 산출물로 드립니다.',
  },
  {
    needType: '데이터/AI',
    question: '생성형 AI에 사내 문서를 넣어도 안전한가요?',
    answer:
      '사내 구축형 또는 전용 테넌트 모델을 쓰고, 문서 권한을 검색 단계에서 그대로 적용합니다. 외부 학습에 데이터가 쓰이지 않도록 계약에 명시합니다.',
  },
  {
    needType: '데이터/AI',
    question: 'AI 수요예측의 정확도는 어느 정도인가요?',
    answer: '유사 제조 고객 기준 MAPE 12~18% 수준입니다. 착수 후 8주 PoC로 고객 데이터에서의 정확도를 먼저 확인합니다.',
  },
  {
    needType: '스마트팩토리',
    question: '가동 중인 라인을 멈추지 않고 MES를 교체할 수 있나요?',
    answer: '라인별 순차 전환과 구·신 시스템 병행 운영으로 정지 없이 교체한 사례가 있습니다. 전환은 주말 또는 정기 보수 기간에 맞춥니다.',
  },
  {
    needType: 'SM 운영',
    question: '운영 이관 기간 동안 서비스 품질은 어떻게 보장하나요?',
    answer: '3개월 인수인계 기간에 기존 운영사와 병행 근무하고, SLA는 이관 완료 후 1개월 유예 뒤 적용합니다.',
  },
  {
    needType: 'SI 구축',
    question: '차세대 ERP 구축 기간은 보통 얼마나 걸리나요?',
    answer: '중견 제조사 기준 분석·설계 4개월, 개발·테스트 6개월, 안정화 2개월로 12개월 안팎입니다.',
  },
] as const;

export const EXPERTS = [
  {
    name: '정해진',
    field: '공공 조달·계약',
    organization: '조달법무연구소',
    email: 'hj.jung@procure-law.example',
    phone: '02-555-0142',
    notes: '국가계약법·협상에 의한 계약 자문',
  },
  {
    name: '오민석',
    field: '클라우드 아키텍처',
    organization: '사내 클라우드센터',
    internal: true,
    email: 'ms.oh@tierline.local',
    phone: '02-555-0178',
    notes: 'AWS·Azure 전환 설계 리뷰',
  },
  {
    name: '한수진',
    field: '개인정보·정보보호',
    organization: '법무법인 도담(가칭)',
    email: 'sj.han@dodam-law.example',
    phone: '02-555-0193',
    notes: 'ISMS-P 인증 및 개인정보 영향평가',
  },
  {
    name: 'Nguyen Van Long',
    field: '베트남 현지 사업',
    organization: 'Saigon Tech Advisory',
    email: 'long.nguyen@saigon-advisory.example',
    phone: '+84-28-5550-0101',
    notes: '현지 파트너 발굴·세무',
  },
  {
    name: '강동원',
    field: '제조 MES·OT 보안',
    organization: '사내 스마트팩토리사업부',
    internal: true,
    email: 'dw.kang@tierline.local',
    phone: '031-555-0117',
    notes: '라인 무중단 전환 경험 다수',
  },
  {
    name: 'Fahad Al-Harbi',
    field: '중동 공공 조달',
    organization: 'Riyadh Gov Consulting',
    email: 'fahad@riyadh-gov.example',
    phone: '+966-11-555-0150',
    notes: '사우디 현지화 비율(IKTVA) 요건 자문',
  },
] as const;
