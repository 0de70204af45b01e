@dataclass
class Point(Base, metaclass=Meta):
    x: int = 0

    @property
    def norm(self):
        return (self.x ** 2) ** 0.5
