café = 1
日本 = café + 1
² = 3
