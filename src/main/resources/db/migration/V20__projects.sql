-- Regional projects (issue 18): what the work with ASF is organised and paid for by. A goal or
-- an activity may belong to a project; a project in use by either cannot be deleted (no cascade).
CREATE SEQUENCE project_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE project (
    id                  BIGINT PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    description         VARCHAR(4000),
    owner_organisation  VARCHAR(200)  NOT NULL,
    county_code         VARCHAR(2)    NOT NULL REFERENCES county(code),
    planned_start       DATE          NOT NULL,
    planned_end         DATE          NOT NULL,
    actual_end          DATE,
    end_reason          VARCHAR(1000),
    status              VARCHAR(20)   NOT NULL,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_project_county ON project(county_code);

CREATE TABLE project_municipality (
    project_id         BIGINT     NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    municipality_code  VARCHAR(4) NOT NULL REFERENCES municipality(code),
    PRIMARY KEY (project_id, municipality_code)
);

CREATE TABLE project_partner (
    project_id  BIGINT       NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (project_id, position)
);

-- No cascade from company: a company that is a project partner cannot be deleted (409).
CREATE TABLE project_company (
    project_id  BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    company_id  BIGINT NOT NULL REFERENCES company(id),
    PRIMARY KEY (project_id, company_id)
);
CREATE INDEX ix_project_company_company ON project_company(company_id);

CREATE TABLE project_target_group (
    project_id    BIGINT       NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    target_group  VARCHAR(200) NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_document (
    project_id  BIGINT       NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    url         VARCHAR(500) NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_funding (
    project_id    BIGINT       NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    funder        VARCHAR(30)  NOT NULL,
    funder_name   VARCHAR(200),
    programme     VARCHAR(200),
    amount_sek    BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    period_start  DATE,
    period_end    DATE,
    PRIMARY KEY (project_id, position)
);
CREATE INDEX ix_project_funding_funder ON project_funding(funder);

ALTER TABLE goal ADD COLUMN project_id BIGINT;
ALTER TABLE goal ADD CONSTRAINT fk_goal_project FOREIGN KEY (project_id) REFERENCES project(id);
CREATE INDEX ix_goal_project ON goal(project_id);

ALTER TABLE activity ADD COLUMN project_id BIGINT;
ALTER TABLE activity ADD CONSTRAINT fk_activity_project FOREIGN KEY (project_id) REFERENCES project(id);
CREATE INDEX ix_activity_project ON activity(project_id);
