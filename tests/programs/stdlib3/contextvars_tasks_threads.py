# contextvars: get/set/reset with tokens, copy_context, Context.run and its mapping; each asyncio task in a copy of its creator's context; threads start empty
import asyncio
import contextvars
import threading
from contextvars import ContextVar, Context, Token, copy_context

request_id = ContextVar('request_id', default='none')
user = ContextVar('user')

print(request_id.name, request_id.get(), user.get('anonymous'), user.get(None))
try:
    user.get()
except LookupError as e:
    print('LookupError', e.args[0] is user)

token = request_id.set('r1')
print(request_id.get(), token.var is request_id, token.old_value is Token.MISSING, Token.MISSING)
token2 = request_id.set('r2')
print(request_id.get(), token2.old_value)
request_id.reset(token2)
print(request_id.get())
request_id.reset(token)
print(request_id.get())
for bad in [lambda: request_id.reset(token), lambda: request_id.reset(user.set('u')),
            lambda: request_id.reset('tok'), lambda: Token(), lambda: ContextVar(42),
            lambda: ContextVar(), lambda: request_id.get(1, 2), lambda: Context(1)]:
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

# Context.run: changes stay in the context that ran
ctx = copy_context()
def work(value):
    request_id.set(value)
    return request_id.get(), user.get()
print(ctx.run(work, 'inside'), request_id.get(), ctx[request_id], ctx.get(request_id), request_id in ctx)
print(ctx.run(request_id.get), len(ctx), sorted(var.name for var in ctx), sorted(ctx.values()))
print(ctx == ctx.copy(), ctx == Context(), ctx != copy_context(), dict(ctx.items())[user])
try:
    ctx.run(ctx.run, work, 'nested')
except RuntimeError as e:
    print('RuntimeError', str(e).split(':')[0])
try:
    ctx[1]
except TypeError as e:
    print('TypeError', e)
try:
    hash(ctx)
except TypeError as e:
    print('TypeError', e)
try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
t = user.set('later')
try:
    ctx.run(user.reset, t)
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[0].split('<Token')[0] + '...', str(e).endswith('different Context'))
user.reset(t)
empty = Context()
print(len(empty), empty.run(request_id.get), empty.run(user.get, 'dflt'))
print(ContextVar[int], type(ctx).__name__, type(request_id).__module__)

# threads: a new thread starts with an empty context
results = {}
def in_thread(name):
    results[name] = (request_id.get(), user.get('unset'))
    request_id.set(name)
    results[name + '-after'] = request_id.get()
request_id.set('main')
user.set('admin')
threads = [threading.Thread(target=in_thread, args=(f't{i}',)) for i in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()), request_id.get())
th = threading.Thread(target=copy_context().run, args=(lambda: results.update(copied=request_id.get()),))
th.start()
th.join()
print(results['copied'])

# asyncio: each task runs in a copy of the context it was created in
log = []

async def handler(n):
    log.append(('start', n, request_id.get()))
    request_id.set(f'req-{n}')
    await asyncio.sleep(0)
    log.append(('after sleep', n, request_id.get()))
    return request_id.get()

async def main():
    request_id.set('outer')
    results = await asyncio.gather(handler(1), handler(2))
    log.append(('gathered', results, request_id.get()))
    custom = copy_context()
    custom.run(request_id.set, 'custom')
    task = asyncio.create_task(handler(3), context=custom)
    await task
    log.append(('custom context now', custom[request_id]))
    loop = asyncio.get_running_loop()
    seen = []
    request_id.set('at call_soon')
    loop.call_soon(lambda: seen.append(request_id.get()))
    request_id.set('changed after')
    other = Context()
    loop.call_soon(lambda: seen.append(request_id.get()), context=other)
    future = loop.create_future()
    future.add_done_callback(lambda f: seen.append(('done cb', request_id.get())))
    request_id.set('before result')
    future.set_result(1)
    await asyncio.sleep(0)
    log.append(('callbacks saw', seen))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handler(4))
        tg.create_task(handler(5), context=custom)
    log.append(('in thread', await asyncio.to_thread(request_id.get), request_id.get()))

request_id.set('before run')
asyncio.run(main())
for entry in log:
    print(entry)
print(request_id.get())
