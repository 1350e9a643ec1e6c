-- Freshness of the directory: when a company's or an offering's reporter (or an admin) last
-- confirmed that the record is still right, and who (company.Verification). A record not
-- confirmed for 12 months is stale (company.VerificationAge). Rows written before these columns
-- existed count as confirmed at their last change, by someone the register did not record
-- (verified_by NULL); rows inserted with plain SQL count as confirmed when inserted.
ALTER TABLE company ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE company ADD COLUMN verified_by VARCHAR(64);
UPDATE company SET verified_at = updated_at;

ALTER TABLE offering ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE offering ADD COLUMN verified_by VARCHAR(64);
UPDATE offering SET verified_at = updated_at;

-- The change feed (?modifiedSince=) reads in modification order, the id breaking ties.
CREATE INDEX ix_company_updated ON company(updated_at, id);
CREATE INDEX ix_offering_updated ON offering(updated_at, id);
