-- Default reference data a new deployment needs before an admin edits it (SPEC §4 VRB stages,
-- won/lost/no-bid/drop and disqualification reason lists). Same codes as prisma/seed/reference.ts;
-- ON CONFLICT keeps whatever an admin or the seed already wrote.

INSERT INTO "VrbStage" ("order", code, "nameKo", "nameEn", "requiredDomains", "isBidApproval") VALUES
  (1, 'QUALIFICATION', '사업기회 검증', 'Opportunity qualification', ARRAY['FINANCE', 'TECHNOLOGY']::"VrbDomain"[], false),
  (2, 'SOLUTION_PRICING', '솔루션 및 가격 전략', 'Solution and pricing strategy', ARRAY['FINANCE', 'PROCUREMENT', 'TECHNOLOGY']::"VrbDomain"[], false),
  (3, 'BID_APPROVAL', '입찰/제안 승인', 'Bid / proposal approval', ARRAY['FINANCE', 'LEGAL', 'PROCUREMENT', 'TECHNOLOGY']::"VrbDomain"[], true),
  (4, 'NEGOTIATION', '우선협상 및 협상', 'Negotiation (preferred bidder)', ARRAY['FINANCE', 'LEGAL']::"VrbDomain"[], false),
  (5, 'CONTRACT', '계약 승인', 'Contract approval', ARRAY['FINANCE', 'LEGAL', 'PROCUREMENT']::"VrbDomain"[], false)
ON CONFLICT DO NOTHING;

INSERT INTO "Reason" (kind, code, "labelKo", "labelEn", "sortOrder") VALUES
  ('WON', 'PRICE', '가격 경쟁력', 'Competitive price', 1),
  ('WON', 'TECHNICAL', '기술 제안 우위', 'Stronger technical proposal', 2),
  ('WON', 'RELATIONSHIP', '고객 관계·신뢰', 'Customer relationship and trust', 3),
  ('WON', 'REFERENCE', '유사 사업 수행 실적', 'Similar project references', 4),
  ('WON', 'INCUMBENT', '기존 운영사 이점', 'Incumbent advantage', 5),
  ('LOST', 'PRICE', '가격 열위', 'Price too high', 1),
  ('LOST', 'TECHNICAL', '기술 평가 열위', 'Lower technical score', 2),
  ('LOST', 'RELATIONSHIP', '경쟁사 고객 관계', 'Competitor''s relationship', 3),
  ('LOST', 'REQUIREMENTS', '요구사항 이해 부족', 'Requirements misunderstood', 4),
  ('LOST', 'PROJECT_CANCELLED', '고객 사업 취소·연기', 'Customer cancelled or postponed', 5),
  ('NO_BID', 'LOW_MARGIN', '수익성 미달', 'Margin too low', 1),
  ('NO_BID', 'RESOURCES', '수행 인력 부족', 'No delivery capacity', 2),
  ('NO_BID', 'CONTRACT_TERMS', '불리한 계약 조건', 'Unfavourable contract terms', 3),
  ('NO_BID', 'WIRED_RFP', '특정 업체 유리한 RFP', 'RFP written for a competitor', 4),
  ('DROPPED', 'VRB_MARGIN', 'VRB 수익성 기준 미달', 'Below the VRB margin floor', 1),
  ('DROPPED', 'VRB_RISK', 'VRB 리스크 과다', 'Risk too high (VRB)', 2),
  ('DROPPED', 'STRATEGY', '사업 전략 불일치', 'Not in our strategy', 3),
  ('DISQUALIFY', 'NO_BUDGET', '예산 없음', 'No budget', 1),
  ('DISQUALIFY', 'NO_NEED', '니즈 없음', 'No need', 2),
  ('DISQUALIFY', 'COMPETITOR', '경쟁사 관계자', 'Works for a competitor', 3),
  ('DISQUALIFY', 'INVALID_CONTACT', '연락처 불명확', 'Unreachable contact', 4),
  ('DISQUALIFY', 'STUDENT', '학생·개인 문의', 'Student or private inquiry', 5)
ON CONFLICT DO NOTHING;
