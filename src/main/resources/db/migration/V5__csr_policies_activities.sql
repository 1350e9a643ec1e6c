-- CSR collaborations (CSR-samarbeten), municipal policies and action plans (kommunala
-- policyer/handlingsplaner, IOP) and network activities (nätverksträffar, utbildningar).
CREATE SEQUENCE csr_collaboration_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE municipal_policy_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE activity_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE csr_collaboration (
    id                 BIGINT PRIMARY KEY,
    title              VARCHAR(200)  NOT NULL,
    partner_name       VARCHAR(200)  NOT NULL,
    partner_type       VARCHAR(20)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    municipality_code  VARCHAR(4)    NOT NULL REFERENCES municipality(code),
    start_date         DATE          NOT NULL,
    end_date           DATE,
    status             VARCHAR(20)   NOT NULL,
    value_sek          BIGINT,
    description        VARCHAR(4000),
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_csr_collaboration_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_csr_collaboration_municipality ON csr_collaboration(municipality_code);
CREATE INDEX ix_csr_collaboration_active ON csr_collaboration(status, start_date, end_date);

-- No cascade from company: a company in a collaboration cannot be deleted (409).
CREATE TABLE csr_collaboration_company (
    collaboration_id  BIGINT NOT NULL REFERENCES csr_collaboration(id) ON DELETE CASCADE,
    company_id        BIGINT NOT NULL REFERENCES company(id),
    PRIMARY KEY (collaboration_id, company_id)
);
CREATE INDEX ix_csr_collaboration_company_company ON csr_collaboration_company(company_id);

CREATE TABLE municipal_policy (
    id                  BIGINT PRIMARY KEY,
    municipality_code   VARCHAR(4)    NOT NULL REFERENCES municipality(code),
    title               VARCHAR(200)  NOT NULL,
    kind                VARCHAR(30)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    adopted_on          DATE,
    valid_until         DATE,
    document_url        VARCHAR(500),
    social_procurement  BOOLEAN       NOT NULL,
    summary             VARCHAR(4000),
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_municipal_policy_municipality ON municipal_policy(municipality_code);
CREATE INDEX ix_municipal_policy_in_force ON municipal_policy(status, adopted_on, valid_until);

CREATE TABLE activity (
    id                  BIGINT PRIMARY KEY,
    kind                VARCHAR(20)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    held_on             DATE          NOT NULL,
    municipality_code   VARCHAR(4)    NOT NULL REFERENCES municipality(code),
    participants_women  INT           NOT NULL,
    participants_men    INT           NOT NULL,
    participants_other  INT           NOT NULL,
    description         VARCHAR(4000),
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_activity_municipality ON activity(municipality_code);
CREATE INDEX ix_activity_held_on ON activity(held_on);

CREATE TABLE activity_topic (
    activity_id  BIGINT       NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    topic        VARCHAR(100) NOT NULL,
    PRIMARY KEY (activity_id, position)
);
CREATE INDEX ix_activity_topic_value ON activity_topic(topic);

-- No cascade from company: a company that attended an activity cannot be deleted (409).
CREATE TABLE activity_company (
    activity_id  BIGINT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    company_id   BIGINT NOT NULL REFERENCES company(id),
    PRIMARY KEY (activity_id, company_id)
);
CREATE INDEX ix_activity_company_company ON activity_company(company_id);
