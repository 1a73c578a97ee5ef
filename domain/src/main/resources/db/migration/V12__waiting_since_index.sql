-- The escalation job looks for claims that have waited for the brand longer than the service level
-- every ten minutes; without an index that is a scan of every registration ever made.
CREATE INDEX ix_deal_registration_waiting ON deal_registration (waiting_since);
