class Settings:
    DEBUG = True
    LEVEL = int("verbose")
