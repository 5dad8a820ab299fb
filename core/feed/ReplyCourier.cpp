#include "feed/ReplyCourier.h"

namespace stallcast::feed {

ReplyCourier::ReplyCourier()
    : m_thread([](std::deque<Parcel> &parcels) {
          for (auto &parcel : parcels)
              parcel.send(replyFor(parcel.placement)); // waits for the order's commit
      })
{
}

void ReplyCourier::deliver(std::shared_future<orders::PlaceResult> placement, Send send)
{
    m_thread.post({std::move(placement), std::move(send)});
}

} // namespace stallcast::feed
