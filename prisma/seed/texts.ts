// Korean demo text: project names, needs, next steps, VRB notes. Written the way reps write.
import type { CategoryCode } from './reference';

export const PROJECTS: Record<CategoryCode, string[]> = {
  SI: ['차세대 ERP 구축', '통합 구매시스템 구축', '고객 포털 재구축', '그룹웨어 전면 개편', '차세대 영업관리시스템 구축', '전자결재·문서관리 통합'],
  SM: ['IT 통합운영(SM) 3년 계약', '애플리케이션 유지보수 통합', '데이터센터 운영 위탁', '정보시스템 운영 재계약'],
  CLOUD: ['전사 시스템 클라우드 전환', '하이브리드 클라우드 구축', 'SAP on Cloud 전환', '클라우드 네이티브(MSA) 전환', '재해복구(DR) 클라우드 구축'],
  SECURITY: ['통합보안관제 구축', '제로트러스트 보안체계 구축', '개인정보 가명처리 플랫폼 구축', 'OT 보안 강화', '망분리 고도화'],
  DATA_AI: ['생성형 AI 업무지원 플랫폼', '데이터 레이크하우스 구축', 'AI 수요예측 시스템', '고객 데이터 플랫폼(CDP) 구축', '빅데이터 분석 포털 구축'],
  SMART_FACTORY: ['스마트팩토리 MES 고도화', '설비 예지보전 시스템 구축', '디지털 트윈 구축', '품질 비전검사 AI 도입', '공장 에너지관리(FEMS) 구축'],
};

export const NEEDS: Record<CategoryCode, string[]> = {
  SI: ['15년 된 ERP의 유지보수 종료(2027년)로 교체 필요', '사업부별로 흩어진 구매 프로세스를 하나로 통합하고 싶음', '모바일에서 고객이 직접 주문·조회할 수 있는 포털 필요'],
  SM: ['운영 인력 이탈로 장애 대응 시간이 길어짐, 운영 전문업체 위탁 검토', '3개 운영사 계약 만료 시점을 맞춰 단일 운영사로 통합', '운영비 15% 절감 목표'],
  CLOUD: ['데이터센터 임차 계약 만료 전 클라우드 이전', '피크 시즌 트래픽 대응을 위한 탄력적 인프라 필요', '온프레미스 SAP 하드웨어 노후화'],
  SECURITY: ['재택·외부 근무 확대로 VPN 중심 보안의 한계', '개인정보 유출 사고 이후 관제 체계 강화 요구', '생산 설비(OT) 네트워크 보안 점검 지적 사항 해소'],
  DATA_AI: ['사내 규정·매뉴얼 검색에 생성형 AI를 쓰고 싶음', '부서별 데이터가 흩어져 경영 리포트 작성에 일주일 소요', '재고 과다를 줄이기 위한 수요예측 고도화'],
  SMART_FACTORY: ['라인 증설에 맞춰 MES 기능 확장 필요', '설비 돌발 고장으로 연간 가동률 4% 손실', '불량률을 0.5% 이하로 낮추기 위한 검사 자동화'],
};

export const NEXT_STEPS: Record<number, string[]> = {
  4: ['IT기획팀장 첫 미팅 일정 잡기', '회사 소개서 및 유사 레퍼런스 송부', '예산 편성 시기 확인 통화', '담당 임원 소개 요청'],
  3: ['요구사항 워크숍 진행', '현행 시스템 진단 결과 보고', 'CIO 면담 요청', '예산 규모 및 일정 확인'],
  2: ['솔루션 데모 시연', 'VRB 3단계(입찰 승인) 자료 준비', 'RFP 사전규격 의견 제출', '협력사 견적 확보'],
  1: ['제안서 최종 검토 및 제출', '제안 발표(PT) 리허설', '가격 협상 대응안 확정', '우선협상 기술협상 준비'],
};

export const TIER_UP_NOTES: Record<number, string[]> = {
  3: ['IT기획팀장 면담으로 니즈 확인', '정보전략팀과 요구사항 워크숍 완료', '담당자 지정 및 니즈 구체화'],
  2: ['예산·일정 확정, CIO 면담 완료', '의사결정자 확인 및 사업 규모 합의', '사전규격 공개, 예산 확보 확인'],
  1: ['입찰 승인(VRB) 통과, 제안 준비 착수', '입찰 공고 게시, 제안서 작성 시작', 'VRB 입찰 승인 후 제안 일정 확정'],
};
export const SKIP_REASONS = ['고객이 RFP를 조기 발행해 단계를 건너뜀', '기존 운영 고객의 수의계약 추진으로 평가 단계 생략'];
export const DOWN_REASONS = ['의사결정자 교체로 요구사항 재확인 필요', '고객 예산 재검토로 일정이 불확실해짐', '경쟁사 선제안으로 사업 범위 재협의'];
export const BACK_UP_REASONS = ['신임 의사결정자 면담 후 니즈 재확인', '예산 재승인 확인', '범위 재협의 완료'];

export const CLOSE_NOTES = {
  WON: ['최종 계약 체결', '우선협상 완료 후 계약 체결', '기술평가 1위, 계약 체결'],
  LOST: ['기술평가 2위로 실주', '가격평가에서 밀려 실주', '고객이 사업을 무기한 연기'],
  NO_BID: ['수익성 미달로 입찰 포기', '수행 인력 확보가 어려워 입찰 포기', '지체상금 무제한 조항으로 입찰 포기'],
  DROPPED: ['VRB Drop 결정', 'VRB에서 리스크 과다로 Drop'],
} as const;

export const ACTIVITY_SUBJECTS: Record<number, string[]> = {
  4: ['첫 미팅: 현황 및 니즈 청취', '회사 소개 및 레퍼런스 공유', '담당자 통화: 예산 편성 일정 확인'],
  3: ['요구사항 워크숍', '현행 시스템 진단 결과 공유', 'IT기획팀장 면담'],
  2: ['솔루션 데모', '예산·일정 협의', '의사결정자 면담', 'RFP 사전 의견 제출'],
  1: ['제안서 제출', '제안 발표(PT)', '가격 협상', '우선협상 기술협상'],
};

export const MARKET_NOTES: Record<string, { political?: string; social?: string; cultural?: string; notes?: string }> = {
  VN: { political: '외국인 투자 IT 사업 인허가에 3~4개월 소요', social: '현지 개발자 이직률이 높아 핵심 인력 유지 방안 필요', cultural: '의사결정에 본사(모회사) 승인 절차가 길다', notes: '현지 파트너와 공동수급 권장' },
  ID: { political: '2027년 데이터 현지화 규정 시행 예정', social: '자카르타 외 지역 인력 수급 어려움', cultural: '관계 형성 기간이 길고 대면 미팅을 중시' },
  SA: { political: 'Vision 2030 디지털 전환 예산 확대, 현지화 비율(IKTVA) 요구', social: '라마단 기간 업무 일정 지연 고려', cultural: '최종 결정권자가 공식 석상보다 비공식 만남에서 판단' },
  AE: { political: '스마트시티 발주가 정부 예산 주기에 연동', cultural: '영문 계약서, 중재지는 두바이(DIFC) 선호' },
  US: { political: 'IRA 관련 현지 생산 확대로 공장 IT 수요 증가', social: '현지 노무 규정상 야간 전환 작업 비용 큼', cultural: '계약 전 보안 인증(SOC 2) 요구가 일반적' },
  PUBLIC: { political: '총선 이후 예산 재편 가능성, 하반기 추경 여부 확인 필요', notes: '조달청 협상에 의한 계약, 기술 90 : 가격 10' },
};

export const FINDINGS: Record<'FINANCE' | 'LEGAL' | 'PROCUREMENT' | 'TECHNOLOGY', { issue: string; fix: string; answer: string }[]> = {
  FINANCE: [
    { issue: '착수금 10%로 수행 초기 6개월간 현금흐름이 마이너스', fix: '착수금 30% 이상으로 협상하거나 자금 계획 보완', answer: '착수금 30%로 고객과 합의, 수정 계약 조건 첨부' },
    { issue: '환율 변동 시 HW 원가가 8% 이상 오를 위험', fix: '환율 조정 조항 또는 환헤지 계획 수립', answer: '원화 고정 견적으로 공급사와 합의' },
    { issue: '유지보수 무상 기간 2년으로 수익성 저하', fix: '무상 기간 1년으로 축소 협상', answer: '무상 1년 + 유상 연 12%로 조정' },
  ],
  LEGAL: [
    { issue: '지체상금 상한이 없어 계약금액 100%까지 부과 가능', fix: '지체상금 상한 10% 조항 협상', answer: '상한 10% 조항 반영된 계약서 초안 회신 받음' },
    { issue: '산출물 지식재산권 전부 고객 귀속, 자사 솔루션 포함 여부 불명확', fix: '자사 기존 솔루션 IP 제외 조항 명시', answer: '기존 솔루션 IP 제외 조항 추가 합의' },
    { issue: '하자보수 기간 3년은 업계 관행(1년) 대비 과도', fix: '하자보수 1년, 이후 유상 유지보수로 협의', answer: '하자보수 2년으로 절충' },
  ],
  PROCUREMENT: [
    { issue: '서버 공급사 견적 유효기간 만료', fix: '최신 견적 재수령 및 납기 확인', answer: '재견적 수령, 납기 8주 확인' },
    { issue: '협력사 1곳에 개발 인력 60% 의존', fix: '대체 협력사 확보 계획 제출', answer: '대체 협력사 2곳 사전 계약' },
  ],
  TECHNOLOGY: [
    { issue: '레거시 데이터 이관 범위와 검증 기준이 불명확', fix: '이관 대상 목록 및 검증 기준 고객과 합의', answer: '이관 대상 412개 테이블과 검증 기준 합의서 첨부' },
    { issue: '성능 요구(동시 사용자 5,000명) 검증 계획 없음', fix: '성능 시험 계획과 목표 TPS 제시', answer: 'PoC 환경에서 목표 TPS 120% 달성 결과 첨부' },
    { issue: '생성형 AI 답변 정확도 기준이 계약에 없음', fix: '정확도 측정 방식과 목표 수준 합의', answer: '평가셋 300문항, 정답률 85% 목표로 합의' },
  ],
};

export const OPINIONS: Record<'FINANCE' | 'LEGAL' | 'PROCUREMENT' | 'TECHNOLOGY', { SUPPORT: string; CONCERN: string; OPPOSE: string }> = {
  FINANCE: { SUPPORT: '목표 마진 확보, 대금 조건 양호', CONCERN: '마진은 기준선 근처, 원가 절감 방안 필요', OPPOSE: '마진이 기준에 크게 못 미침, 추진 반대' },
  LEGAL: { SUPPORT: '계약 조건 표준 수준, 특이사항 없음', CONCERN: '지체상금·하자보수 조항 보완 필요', OPPOSE: '무제한 손해배상 조항으로 수용 불가' },
  PROCUREMENT: { SUPPORT: '협력사 및 장비 수급 문제없음', CONCERN: '주요 장비 납기 리스크 있음', OPPOSE: '핵심 협력사 확보 불가' },
  TECHNOLOGY: { SUPPORT: '유사 사업 수행 경험으로 기술 리스크 낮음', CONCERN: '신규 기술 적용 구간 PoC 필요', OPPOSE: '요구 성능을 현 아키텍처로 달성하기 어려움' },
};

export const ASSESSMENT_NOTES: Record<string, string[]> = {
  CUSTOMER_NEGOTIATION_POWER: ['구매팀 주도 최저가 협상 예상', '기존 거래 관계로 협상력 보통', '수의계약으로 고객 협상력 낮음'],
  SALES_CAPABILITY: ['담당 영업대표의 고객 관계 양호', '의사결정자 접점 부족', 'CIO와 정기 미팅 채널 확보'],
  COMPETITIVE_POSITION: ['경쟁사 대비 레퍼런스 우위', '기존 운영사가 경쟁사라 불리', '가격 경쟁 치열'],
  TECHNICAL_RISK: ['표준 솔루션 적용, 리스크 낮음', '대량 데이터 이관 리스크', '신기술 적용 구간 존재'],
  LEGAL_RISK: ['표준 계약서 사용', '지체상금 조항 협상 필요', '해외 준거법 검토 필요'],
  STRATEGIC_VALUE: ['신규 산업 레퍼런스 확보', '핵심 고객 유지', '후속 사업 연계 가능성 높음'],
};

export const LESSONS = {
  PRICE: { title: '가격 평가 비중이 큰 사업은 초기에 원가 구조를 확정', body: '제안 직전까지 협력사 견적이 바뀌어 가격 전략이 흔들렸다. VRB 2단계 이전에 주요 원가 항목의 견적을 확정하고, 목표가 대비 여유를 미리 정한다.' },
  RELATIONSHIP: { title: '의사결정자 접점은 Tier 2 진입 전에 확보', body: '실무 담당자와의 관계는 좋았지만 최종 결정권자인 CIO와의 만남은 제안 발표 때가 처음이었다. 파워맵의 의사결정자 면담을 Tier 2 진입 조건처럼 다룬다.' },
  REQUIREMENT_UNDERSTANDING: { title: 'RFP 사전규격 단계에서 질의를 적극 제출', body: '사전규격에 불명확한 범위가 있었으나 질의하지 않아 제안 범위가 고객 기대와 달랐다. 사전규격 공개 후 1주 이내 질의서를 제출한다.' },
  COMPETITOR: { title: '기존 운영사가 경쟁할 때는 전환 리스크 해소 방안을 전면에', body: '고객은 운영사 교체에 따른 장애 위험을 가장 걱정했다. 병행 운영 기간과 SLA 유예 등 전환 리스크 대책을 제안서 앞부분에 배치한다.' },
  SOLUTION_FIT: { title: '데모는 고객 데이터로', body: '표준 데모보다 고객이 제공한 샘플 데이터로 시연했을 때 평가위원 반응이 훨씬 좋았다. PoC 데이터 요청을 Tier 2 활동 목록에 넣는다.' },
  INTERNAL_PROCESS: { title: 'VRB 지적 사항은 일정에 반영해 조기 해소', body: '법무 지적 사항 해소가 제안 마감 직전까지 늦어져 협상 여지가 줄었다. 지적 사항별 담당자와 기한을 VRB 직후 확정한다.' },
  TIMING: { title: '고객 예산 주기에 맞춘 영업 일정', body: '고객 예산 확정이 다음 해로 밀리면서 사업이 무기한 연기됐다. 예산 편성 시기(보통 9~10월)를 Tier 3 단계에서 확인한다.' },
} as const;
