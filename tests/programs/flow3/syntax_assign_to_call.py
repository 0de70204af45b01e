def update(record):
    record.count() = record.count + 1
