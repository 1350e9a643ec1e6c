-- Regional goals (mål i regionala handlingsplanen) and Dalarna's action-plan goals as seed data.
-- Starts above the seed rows' ids (1-6), whichever block of 50 Hibernate takes first.
CREATE SEQUENCE goal_seq START WITH 101 INCREMENT BY 50;

CREATE TABLE goal (
    id             BIGINT PRIMARY KEY,
    county_code    VARCHAR(2)     NOT NULL REFERENCES county(code),
    indicator      VARCHAR(40)    NOT NULL,
    baseline_year  INT,
    target_year    INT            NOT NULL,
    target_type    VARCHAR(20)    NOT NULL,
    target_value   NUMERIC(12, 2) NOT NULL,
    description    VARCHAR(1000),
    version        BIGINT         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_goal_county ON goal(county_code);

INSERT INTO goal (id, county_code, indicator, baseline_year, target_year, target_type, target_value, description, version, created_at, updated_at) VALUES
    (1, '20', 'EMPLOYEES', 2017, 2018, 'PERCENT_GROWTH', 5, 'Antalet anställda i ASF ökar med 5 % till 2018 (basår 2017).', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (2, '20', 'EMPLOYEES', 2017, 2020, 'PERCENT_GROWTH', 15, 'Antalet anställda i ASF ökar med 15 % till 2020 (basår 2017).', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (3, '20', 'PARTICIPANTS', 2017, 2020, 'PERCENT_GROWTH', 15, 'Antalet sysselsatta i arbetsträning, rehabilitering och praktik ökar med 15 % till 2020 (basår 2017).', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (4, '20', 'NETWORK_MEETINGS_PER_YEAR', NULL, 2020, 'AT_LEAST', 4, 'Nätverket för ASF träffas minst fyra gånger per år.', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (5, '20', 'CSR_COLLABORATIONS', NULL, 2020, 'AT_LEAST', 4, 'Minst fyra lokala CSR-samarbeten mellan ASF och näringsliv eller offentlig sektor.', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    (6, '20', 'MUNICIPALITIES_WITH_POLICY', NULL, 2020, 'AT_LEAST', 4, 'Policy eller handlingsplan för ASF antagen i minst fyra av länets kommuner.', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
