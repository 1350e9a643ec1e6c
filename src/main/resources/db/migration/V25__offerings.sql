-- What the ASF sell (erbjudanden): goods and services a buyer can search and buy.
CREATE SEQUENCE offering_seq START WITH 1 INCREMENT BY 50;

-- No cascade from company: a company with offerings cannot be deleted (409).
CREATE TABLE offering (
    id              BIGINT PRIMARY KEY,
    company_id      BIGINT        NOT NULL REFERENCES company(id),
    title_sv        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200),
    description_sv  VARCHAR(4000) NOT NULL,
    description_en  VARCHAR(4000),
    cpv_code        VARCHAR(10)   NOT NULL,
    price_model     VARCHAR(500),
    contact_email   VARCHAR(254),
    contact_phone   VARCHAR(40),
    contact_url     VARCHAR(500),
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_offering_contact CHECK (contact_email IS NOT NULL OR contact_phone IS NOT NULL
        OR contact_url IS NOT NULL)
);
CREATE INDEX ix_offering_company ON offering(company_id);

CREATE TABLE offering_municipality (
    offering_id        BIGINT     NOT NULL REFERENCES offering(id) ON DELETE CASCADE,
    municipality_code  VARCHAR(4) NOT NULL REFERENCES municipality(code),
    PRIMARY KEY (offering_id, municipality_code)
);
CREATE INDEX ix_offering_municipality_code ON offering_municipality(municipality_code);

-- One row: raised in the transaction of every offering write, so each instance of the service
-- sees that its in-memory search index is behind and rebuilds it before the next search.
CREATE TABLE offering_generation (
    id          INT    PRIMARY KEY,
    generation  BIGINT NOT NULL
);
INSERT INTO offering_generation (id, generation) VALUES (1, 0);
