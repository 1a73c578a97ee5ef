-- Demo customers of the brand's master data, as the solution document lists them (PRODUCT.md):
-- name, master-data number, industry, phone, e-mail; nothing is made up, so they have no USCC.
-- Note the two records named 深圳利泰: different master records in different industries, the
-- ambiguity conflict detection has to explain. Only applied when portal.demo-data=true;
-- re-running updates the rows by master-data number.
INSERT INTO customer (master_data_number, name, industry, sub_industry, phone, email, origin,
                      created_by, created_at)
VALUES ('20230426-000013', '高朋集团', NULL, NULL, '010-82254848', NULL, 'BRAND', 'demo',
        UTC_TIMESTAMP(6)),
       ('20221021-000011', '贵州本邦林', NULL, NULL, '15954507779', '15954507779@qq.com', 'BRAND',
        'demo', UTC_TIMESTAMP(6)),
       ('20220319-000009', '深圳亿和源', '生产加工制造', '大型设备制造', NULL, NULL, 'BRAND', 'demo',
        UTC_TIMESTAMP(6)),
       ('20211104-000002', '深圳利泰', '生产加工制造', '仪器仪表及工业', '075987823437', NULL, 'BRAND',
        'demo', UTC_TIMESTAMP(6)),
       ('20210708-000001', '深圳利泰', 'IT信息技术/互联网', '通信设备网络', NULL, NULL, 'BRAND', 'demo',
        UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name), industry = VALUES(industry),
  sub_industry = VALUES(sub_industry), phone = VALUES(phone), email = VALUES(email);

-- One open opportunity of the brand's direct sales (zhao.lei), so that the availability check
-- has a customer the brand serves itself.
INSERT INTO direct_opportunity (title, customer_id, customer_name, customer_phone, owner, status,
                                created_by, created_at)
SELECT '数控机床更新', c.id, c.name, c.phone, 'zhao.lei', 'OPEN', 'demo', UTC_TIMESTAMP(6)
FROM customer c
WHERE c.master_data_number = '20230426-000013'
  AND NOT EXISTS (SELECT 1 FROM direct_opportunity d WHERE d.customer_id = c.id);

-- SQL cannot compute conflict matching's keys: forget the demo customers' keys, and they are
-- indexed again when the portal starts (CandidateBackfill).
DELETE m FROM match_candidate m
  JOIN customer c ON m.candidate_kind = 'CUSTOMER' AND m.candidate_id = c.id
WHERE c.created_by = 'demo';
