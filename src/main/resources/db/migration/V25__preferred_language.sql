-- The language a person chose for the pages (en, de or fr); none means the browser's (Accept-Language), else English.

alter table user_account add column preferred_language varchar(8);
