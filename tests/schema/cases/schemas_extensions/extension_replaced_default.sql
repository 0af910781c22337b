-- uuid-ossp is dropped; the default that used it switches to gen_random_uuid()
-- [a]
CREATE EXTENSION "uuid-ossp";
CREATE TABLE tokens (id uuid DEFAULT uuid_generate_v4() PRIMARY KEY, note text);
-- [b]
CREATE TABLE tokens (id uuid DEFAULT gen_random_uuid() PRIMARY KEY, note text);
