class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def last_value(node):
    while node.next.next is not None:
        node = node.next
    return node.next.value

chain = Node(1, Node(2, Node(3)))
print(last_value(chain))
print(last_value(Node(1)))
