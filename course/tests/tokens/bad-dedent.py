if ready:
        start()
    stop()
