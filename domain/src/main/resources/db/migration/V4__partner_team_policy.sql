-- Whether a distributor's admins may invite addresses outside the company's own e-mail domains
-- (the brand's decision per partner; free mail is refused regardless).
ALTER TABLE partner_company
  ADD COLUMN foreign_email_allowed BOOLEAN NOT NULL DEFAULT FALSE;
