-- Demo tenants matching the organizations of the partners realm (realm-config).
-- Only applied when portal.demo-data=true (the run command sets it).
INSERT INTO partner_company (organization_alias, name, kind, created_at)
VALUES ('litai', '深圳利泰机电有限公司', 'DISTRIBUTOR', UTC_TIMESTAMP(6)),
       ('huanan', '华南电气有限公司', 'DISTRIBUTOR', UTC_TIMESTAMP(6)),
       ('brand', '品牌方', 'BRAND', UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind);
