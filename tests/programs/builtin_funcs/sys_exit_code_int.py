import sys
def main():
    print("working")
    return 2
if __name__ == "__main__":
    sys.exit(main())
