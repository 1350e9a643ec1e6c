-- A company's social media accounts: public facts, like its website. The indicator
-- COMPANIES_USING_SOCIAL_MEDIA counts companies with an account in use at the end of a year.
CREATE SEQUENCE social_media_account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE social_media_account (
    id          BIGINT PRIMARY KEY,
    company_id  BIGINT        NOT NULL REFERENCES company(id),
    platform    VARCHAR(20)   NOT NULL,
    handle      VARCHAR(200)  NOT NULL,
    url         VARCHAR(500),
    started_on  DATE          NOT NULL,
    ended_on    DATE,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_social_media_period CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX ix_social_media_account_company ON social_media_account(company_id, started_on);
