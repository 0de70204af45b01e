for word in words:
    if word == "stop":
        break
    print(word)
else:
    print("no stop")
