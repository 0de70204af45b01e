class A:
    def run(self):
        return self.helper() * 2
    def helper(self):
        return None + 1
A().run()
