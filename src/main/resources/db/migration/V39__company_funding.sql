-- A company's search for financing and the support it received (docs/projects.md,
-- "Financing of companies"). No cascade from company: a company with such rows cannot be
-- deleted (409), so that its history of aid is never lost by accident.
CREATE SEQUENCE funding_application_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE funding_application (
    id          BIGINT PRIMARY KEY,
    company_id  BIGINT        NOT NULL REFERENCES company(id),
    source      VARCHAR(200)  NOT NULL,
    programme   VARCHAR(200),
    amount_sek  BIGINT        NOT NULL CHECK (amount_sek >= 0),
    applied_on  DATE          NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the indicator COMPANIES_SEEKING_FUNDING looks for a company's applications in a year
CREATE INDEX ix_funding_application_company ON funding_application(company_id, applied_on);

CREATE SEQUENCE company_support_seq START WITH 1 INCREMENT BY 50;

-- sek_per_eur: the exchange rate of the grant's date as the caller gave it (SEK for one EUR);
-- required for de minimis aid, whose ceiling is in EUR.
CREATE TABLE company_support (
    id           BIGINT PRIMARY KEY,
    company_id   BIGINT         NOT NULL REFERENCES company(id),
    kind         VARCHAR(20)    NOT NULL,
    source       VARCHAR(200)   NOT NULL,
    programme    VARCHAR(200),
    amount_sek   BIGINT         NOT NULL CHECK (amount_sek >= 0),
    granted_on   DATE           NOT NULL,
    de_minimis   BOOLEAN        NOT NULL,
    sek_per_eur  DECIMAL(12, 6) CHECK (sek_per_eur > 0),
    version      BIGINT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_company_support_rate CHECK (de_minimis = FALSE OR sek_per_eur IS NOT NULL)
);
CREATE INDEX ix_company_support_company ON company_support(company_id, granted_on);
