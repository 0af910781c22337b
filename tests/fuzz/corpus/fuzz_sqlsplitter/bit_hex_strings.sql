SELECT B'1010', X'1F;', N'national; text', b'0';
