-- Spring Modulith's H2 schema keeps an event's text in VARCHAR(4000); PostgreSQL's keeps it in TEXT. The registry
-- announces a batch of citizens' reports' new indicators in one event, which can be far longer, so on H2 the column
-- is widened to what PostgreSQL allows in practice for these events. Whichever of Flyway and Modulith's schema
-- initialisation runs first, the table ends up the same: created here with the wide column, or widened here.
create table if not exists EVENT_PUBLICATION
(
  ID                     UUID NOT NULL,
  COMPLETION_DATE        TIMESTAMP(9) WITH TIME ZONE,
  EVENT_TYPE             VARCHAR(512) NOT NULL,
  LISTENER_ID            VARCHAR(512) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  SERIALIZED_EVENT       VARCHAR(1000000) NOT NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(9) WITH TIME ZONE,
  PRIMARY KEY (ID)
);
alter table EVENT_PUBLICATION alter column SERIALIZED_EVENT set data type VARCHAR(1000000);
create index if not exists EVENT_PUBLICATION_BY_LISTENER_ID_AND_SERIALIZED_EVENT_IDX
    on EVENT_PUBLICATION (LISTENER_ID, SERIALIZED_EVENT);
create index if not exists EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX on EVENT_PUBLICATION (COMPLETION_DATE);
