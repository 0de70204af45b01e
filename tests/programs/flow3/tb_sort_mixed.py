nums = [3, 1, "2"]
nums.sort()
