-- Demo tenants matching the organizations of the partners realm (realm-config).
-- Only applied when portal.demo-data=true (the run command sets it).
INSERT INTO partner_company (organization_alias, name, kind, created_at)
VALUES ('litai', '深圳利泰机电有限公司', 'DISTRIBUTOR', UTC_TIMESTAMP(6)),
       ('huanan', '华南电气有限公司', 'DISTRIBUTOR', UTC_TIMESTAMP(6)),
       ('brand', '品牌方', 'BRAND', UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind);

UPDATE partner_company
SET uscc = '91440300MA5DLT2K0P', region = '华南大区', tier = 'GOLD', status = 'ACTIVE',
    channel_manager = 'zhang.wei', contact_name = '李泰安', contact_phone = '0755-82254848',
    contact_email = 'admin@litai.example'
WHERE organization_alias = 'litai' AND uscc IS NULL;

UPDATE partner_company
SET uscc = '91440101MA59HN3X2K', region = '华南大区', tier = 'SILVER', status = 'ACTIVE',
    channel_manager = 'li.na', contact_name = '陈华', contact_phone = '020-38765432',
    contact_email = 'admin@huanan-electric.example'
WHERE organization_alias = 'huanan' AND uscc IS NULL;
