-- Companies (ASF). Sequences step by 50 so Hibernate can hand out ids in blocks
-- (pooled optimizer) and batch inserts on both H2 and PostgreSQL.
CREATE SEQUENCE company_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE company (
    id                            BIGINT PRIMARY KEY,
    organisation_number           VARCHAR(11)   NOT NULL,
    name                          VARCHAR(200)  NOT NULL,
    -- lower-cased name, so that search is case-insensitive for å, ä, ö on any database collation
    search_name                   VARCHAR(200)  NOT NULL,
    legal_form                    VARCHAR(40)   NOT NULL,
    municipality_code             VARCHAR(4)    NOT NULL REFERENCES municipality(code),
    address                       VARCHAR(300),
    website                       VARCHAR(500),
    description                   VARCHAR(4000),
    founded_on                    DATE,
    status                        VARCHAR(20)   NOT NULL,
    sells_goods_or_services       BOOLEAN       NOT NULL,
    integration_purpose           BOOLEAN       NOT NULL,
    employee_participation        BOOLEAN       NOT NULL,
    reinvests_profits             BOOLEAN       NOT NULL,
    independent_of_public_sector  BOOLEAN       NOT NULL,
    -- derived from the five criteria; stored so that lists can filter on it
    meets_asf_criteria            BOOLEAN       NOT NULL,
    contact_name                  VARCHAR(200),
    contact_email                 VARCHAR(254),
    contact_phone                 VARCHAR(40),
    version                       BIGINT        NOT NULL,
    created_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_company_organisation_number UNIQUE (organisation_number)
);
CREATE INDEX ix_company_municipality ON company(municipality_code);
CREATE INDEX ix_company_status ON company(status);
CREATE INDEX ix_company_search_name ON company(search_name);

CREATE TABLE company_industry (
    company_id  BIGINT       NOT NULL REFERENCES company(id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    industry    VARCHAR(100) NOT NULL,
    PRIMARY KEY (company_id, position)
);
CREATE INDEX ix_company_industry_value ON company_industry(industry);

CREATE TABLE company_social_media (
    company_id  BIGINT       NOT NULL REFERENCES company(id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    url         VARCHAR(500) NOT NULL,
    PRIMARY KEY (company_id, position)
);
